/** Where the same-origin proxy forwards to, as the build knew it (vite.config.ts `define`). */
declare const __MIXPEEK_PROXY_TARGET__: string;
