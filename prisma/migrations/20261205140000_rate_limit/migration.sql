-- Rate limits shared by every instance (rate-limiter-flexible's Postgres layout): sign-in
-- failures and locks, and how often a company sets its openings' postal codes.
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);
