/** esbuild bundles imported stylesheets into the page's own .css file. */
declare module '*.css';
