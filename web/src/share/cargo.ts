// The program for real Tokio: the Rust Playground, or a Cargo project to paste into a shell. The
// runtime attribute becomes the one pollscope models (one thread, paused clock), as the
// cross-check of the gallery does (tests/tokio-crosscheck/run.sh).

const MODELLED = '#[tokio::main(flavor = "current_thread", start_paused = true)]';
const PLAYGROUND = 'https://play.rust-lang.org/';

/** The source with `#[tokio::main]` (any arguments) as the runtime pollscope models. */
export function forRealTokio(source: string): string {
  return source.replace(/^([ \t]*)#\[tokio::main(\([^\]]*\))?\][ \t]*$/gm, `$1${MODELLED}`);
}

/** Tokio features the program needs (start_paused needs test-util). */
export function tokioFeatures(source: string): string[] {
  const features = ['macros', 'rt', 'time', 'test-util'];
  if (/\bsync::|\b(Mutex|Notify|Semaphore|RwLock|oneshot|mpsc|watch|broadcast)\b/.test(source))
    features.push('sync');
  return features;
}

/** A Cargo.toml for the program: Tokio 1.24 with the features it needs, futures if it uses it. */
export function cargoToml(name: string, source: string): string {
  const features = tokioFeatures(source)
    .map((f) => `"${f}"`)
    .join(', ');
  const futures = /\bfutures::/.test(source) ? 'futures = "0.3"\n' : '';
  return (
    `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n` +
    `[dependencies]\ntokio = { version = "1.24", features = [${features}] }\n${futures}`
  );
}

/** A crate name from an example name or a fallback. */
export function crateName(example: string | null): string {
  const name = (example ?? 'pollscope-program').toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  return /^[a-z]/.test(name) ? name : `p-${name}`;
}

/** Shell lines that write `NAME/Cargo.toml` and `NAME/src/main.rs` and run the program. */
export function cargoProject(name: string, source: string): string {
  const main = forRealTokio(source);
  let fence = 'POLLSCOPE_EOF';
  while (main.includes(fence)) fence += '_';
  const body = main.endsWith('\n') ? main : `${main}\n`;
  return (
    `mkdir -p ${name}/src && cd ${name}\n` +
    `cat > Cargo.toml <<'${fence}'\n${cargoToml(name, source)}${fence}\n` +
    `cat > src/main.rs <<'${fence}'\n${body}${fence}\n` +
    `cargo run\n`
  );
}

/** The Rust Playground with the program loaded (it has Tokio and futures). */
export function playgroundUrl(source: string): string {
  const code = encodeURIComponent(forRealTokio(source));
  return `${PLAYGROUND}?version=stable&mode=debug&edition=2021&code=${code}`;
}
