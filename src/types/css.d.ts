/** esbuild bundles imported stylesheets into the page's own .css file. */
declare module '*.css';

/** A stylesheet imported as minified text (the build's inline-css plugin), for shadow roots. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
