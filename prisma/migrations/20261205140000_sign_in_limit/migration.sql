-- Sign-in limits shared by every instance (rate-limiter-flexible's Postgres layout).
CREATE TABLE "sign_in_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "sign_in_limit_pkey" PRIMARY KEY ("key")
);
