import type { MetadataRoute } from "next";
import app from "@/messages/da/app.json";

// The web app manifest (/manifest.webmanifest), so a citizen can put Refleks on her phone's home
// screen. Danish, the UI's first language; the colours are the design's brand green and white.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: app.name,
    short_name: app.name,
    description: app.tagline,
    lang: "da",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#17614b",
    background_color: "#ffffff",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
