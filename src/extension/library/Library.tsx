/** The library: every annotation across pages, with search, filters and settings. */
export function Library() {
  return (
    <div class="library">
      <header class="bar">
        <img src="icons/32.png" alt="" width={24} height={24} />
        <h1>Sourcelight library</h1>
      </header>
    </div>
  );
}
