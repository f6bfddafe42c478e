// Read by vite-plugin-svelte and svelte-check alike.
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Runes everywhere: no component falls back to Svelte 4's implicit reactivity.
  compilerOptions: { runes: true },
};
