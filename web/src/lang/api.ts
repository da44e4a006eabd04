// The runtime names a learner meets, with one-line help for hover and completion.

export type ApiKind = 'function' | 'method' | 'macro' | 'type' | 'variant' | 'module';

export interface ApiEntry {
  /** Path as written in code; the last segments also match (e.g. `sleep` for `tokio::time::sleep`). */
  name: string;
  kind: ApiKind;
  signature: string;
  doc: string;
  /** Snippet inserted by completion (Monaco snippet syntax). */
  insert: string;
}

export const API: readonly ApiEntry[] = [
  {
    name: 'Poll::Ready',
    kind: 'variant',
    signature: 'Poll::Ready(T)',
    doc: 'The future has finished; the value is handed to whoever awaited it, and the future must not be polled again.',
    insert: 'Poll::Ready(${1})',
  },
  {
    name: 'Poll::Pending',
    kind: 'variant',
    signature: 'Poll::Pending',
    doc: 'Not done yet. Before returning it, make sure a waker is kept somewhere, or nobody will ever poll this task again.',
    insert: 'Poll::Pending',
  },
  {
    name: 'Future',
    kind: 'type',
    signature:
      "trait Future { type Output; fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>; }",
    doc: 'A value that may not be ready yet. Nothing happens until an executor polls it.',
    insert: 'Future',
  },
  {
    name: 'Context',
    kind: 'type',
    signature: "Context<'_>",
    doc: 'What the executor passes to `poll`; `cx.waker()` is the way back to the executor.',
    insert: 'Context',
  },
  {
    name: 'cx.waker',
    kind: 'method',
    signature: 'fn waker(&self) -> &Waker',
    doc: 'The waker of the task being polled. Keep a clone (or call wake_by_ref) so the task gets polled again.',
    insert: 'cx.waker()',
  },
  {
    name: 'wake_by_ref',
    kind: 'method',
    signature: 'fn wake_by_ref(&self)',
    doc: 'Schedules the task to be polled again without consuming the waker. Calling it from inside poll is a self-wake.',
    insert: 'wake_by_ref()',
  },
  {
    name: 'wake',
    kind: 'method',
    signature: 'fn wake(self)',
    doc: 'Schedules the task to be polled again, consuming this waker.',
    insert: 'wake()',
  },
  {
    name: 'clone',
    kind: 'method',
    signature: 'fn clone(&self) -> Waker',
    doc: 'Another handle to the same value; for a Waker, to the same task (the trace shows waker clones and drops).',
    insert: 'clone()',
  },
  {
    name: 'will_wake',
    kind: 'method',
    signature: 'fn will_wake(&self, other: &Waker) -> bool',
    doc: 'True when both wakers wake the same task, so a stored waker need not be replaced.',
    insert: 'will_wake(${1})',
  },
  {
    name: 'Pin::new',
    kind: 'function',
    signature: 'Pin::new(&mut T) -> Pin<&mut T>',
    doc: 'Pins a value that does not care about being moved (Unpin).',
    insert: 'Pin::new(${1})',
  },
  {
    name: 'Box::pin',
    kind: 'function',
    signature: 'Box::pin(T) -> Pin<Box<T>>',
    doc: 'Puts a future on the heap and pins it there, so it can be polled through a handle.',
    insert: 'Box::pin(${1})',
  },
  {
    name: 'tokio::spawn',
    kind: 'function',
    signature: 'tokio::spawn(future) -> JoinHandle<T>',
    doc: 'Starts a new task on the executor. It runs on its own; await the handle to get its result.',
    insert: 'tokio::spawn(async move {\n\t${1}\n})',
  },
  {
    name: 'JoinHandle::abort',
    kind: 'method',
    signature: 'fn abort(&self)',
    doc: 'Cancels the task: its future is dropped at the next chance, and awaiting the handle gives an error.',
    insert: 'abort()',
  },
  {
    name: 'is_finished',
    kind: 'method',
    signature: 'fn is_finished(&self) -> bool',
    doc: 'True once the spawned task has completed or been aborted.',
    insert: 'is_finished()',
  },
  {
    name: 'tokio::time::sleep',
    kind: 'function',
    signature: 'async fn sleep(duration: Duration)',
    doc: 'Completes after `duration` of virtual time. Time is paused: the clock jumps when nothing else can run.',
    insert: 'tokio::time::sleep(Duration::from_millis(${1:100})).await',
  },
  {
    name: 'tokio::time::sleep_until',
    kind: 'function',
    signature: 'async fn sleep_until(deadline: Instant)',
    doc: 'Completes at `deadline` (virtual time).',
    insert: 'tokio::time::sleep_until(${1})',
  },
  {
    name: 'tokio::time::timeout',
    kind: 'function',
    signature: 'async fn timeout(duration, future) -> Result<T, Elapsed>',
    doc: 'Runs `future` but gives up after `duration`; the inner future is then dropped (cancelled).',
    insert: 'tokio::time::timeout(Duration::from_millis(${1:100}), ${2})',
  },
  {
    name: 'tokio::time::interval',
    kind: 'function',
    signature: 'fn interval(period: Duration) -> Interval',
    doc: 'A ticker: `interval.tick().await` completes once per period; the first tick is immediate.',
    insert: 'tokio::time::interval(Duration::from_millis(${1:100}))',
  },
  {
    name: 'Instant::now',
    kind: 'function',
    signature: 'Instant::now() -> Instant',
    doc: 'The current virtual time; `elapsed()` gives the virtual time since.',
    insert: 'Instant::now()',
  },
  {
    name: 'tokio::task::yield_now',
    kind: 'function',
    signature: 'async fn yield_now()',
    doc: 'Returns Pending once and lets other tasks run. Tokio defers the wake until the run queue drains.',
    insert: 'tokio::task::yield_now().await',
  },
  {
    name: 'tokio::select!',
    kind: 'macro',
    signature: 'select! { pat = fut => body, ... }',
    doc: 'Polls several futures and runs the branch of the first to finish; the others are dropped. The start branch is random (seeded) unless `biased;`.',
    insert: 'tokio::select! {\n\t${1:v} = ${2:fut} => {${3}}\n\t${4:w} = ${5:fut} => {${6}}\n}',
  },
  {
    name: 'tokio::join!',
    kind: 'macro',
    signature: 'join!(a, b, ...) -> (A, B, ...)',
    doc: 'Polls all futures inside one task until every one is done; returns their outputs as a tuple.',
    insert: 'tokio::join!(${1}, ${2})',
  },
  {
    name: 'futures::join!',
    kind: 'macro',
    signature: 'join!(a, b, ...) -> (A, B, ...)',
    doc: 'Like tokio::join!: concurrent, not parallel — all branches share one task.',
    insert: 'futures::join!(${1}, ${2})',
  },
  {
    name: 'tokio::try_join!',
    kind: 'macro',
    signature: 'try_join!(a, b) -> Result<(A, B), E>',
    doc: 'Like join!, but stops at the first Err and drops the other futures.',
    insert: 'tokio::try_join!(${1}, ${2})',
  },
  {
    name: 'join_all',
    kind: 'function',
    signature: 'async fn join_all(Vec<F>) -> Vec<T>',
    doc: 'Awaits every future of a Vec; outputs keep the input order.',
    insert: 'futures::future::join_all(${1})',
  },
  {
    name: 'std::future::ready',
    kind: 'function',
    signature: 'fn ready(T) -> Ready<T>',
    doc: 'A future that is Ready on its first poll.',
    insert: 'std::future::ready(${1})',
  },
  {
    name: 'std::future::pending',
    kind: 'function',
    signature: 'fn pending() -> Pending<T>',
    doc: 'A future that is never ready (and keeps no waker).',
    insert: 'std::future::pending()',
  },
  {
    name: 'std::future::poll_fn',
    kind: 'function',
    signature: 'fn poll_fn(|cx| -> Poll<T>)',
    doc: 'Makes a future out of a closure that is called on every poll.',
    insert: 'std::future::poll_fn(|cx| {\n\t${1}\n})',
  },
  {
    name: 'tokio::sync::oneshot::channel',
    kind: 'function',
    signature: 'fn channel() -> (Sender<T>, Receiver<T>)',
    doc: 'A channel for exactly one value; the receiver is a future. Dropping the sender wakes the receiver with an error.',
    insert: 'tokio::sync::oneshot::channel()',
  },
  {
    name: 'tokio::sync::mpsc::channel',
    kind: 'function',
    signature: 'fn channel(capacity: usize) -> (Sender<T>, Receiver<T>)',
    doc: 'A bounded queue: `send(v).await` waits while it is full, `recv().await` while it is empty.',
    insert: 'tokio::sync::mpsc::channel(${1:8})',
  },
  {
    name: 'tokio::sync::mpsc::unbounded_channel',
    kind: 'function',
    signature: 'fn unbounded_channel() -> (UnboundedSender<T>, UnboundedReceiver<T>)',
    doc: 'A queue without a limit; `send` never waits.',
    insert: 'tokio::sync::mpsc::unbounded_channel()',
  },
  {
    name: 'send',
    kind: 'method',
    signature: 'send(value)',
    doc: 'Sends on a channel (awaited on bounded mpsc; immediate on oneshot and unbounded). The receiver is woken from inside send.',
    insert: 'send(${1})',
  },
  {
    name: 'recv',
    kind: 'method',
    signature: 'async fn recv(&mut self) -> Option<T>',
    doc: 'Receives the next value, or None once every sender is gone.',
    insert: 'recv().await',
  },
  {
    name: 'tokio::sync::Mutex',
    kind: 'type',
    signature: 'Mutex::new(value)',
    doc: 'An async lock: `lock().await` waits (Pending) instead of blocking the thread.',
    insert: 'tokio::sync::Mutex::new(${1})',
  },
  {
    name: 'lock',
    kind: 'method',
    signature: 'async fn lock(&self) -> MutexGuard<T>',
    doc: 'Waits for the lock; the guard unlocks when dropped.',
    insert: 'lock().await',
  },
  {
    name: 'tokio::sync::Notify',
    kind: 'type',
    signature: 'Notify::new()',
    doc: 'Wakes waiting tasks: `notified().await` waits, `notify_one()` / `notify_waiters()` wake.',
    insert: 'tokio::sync::Notify::new()',
  },
  {
    name: 'notify_one',
    kind: 'method',
    signature: 'fn notify_one(&self)',
    doc: 'Wakes one waiter, or stores a permit if nobody waits yet.',
    insert: 'notify_one()',
  },
  {
    name: 'notified',
    kind: 'method',
    signature: 'async fn notified(&self)',
    doc: 'Waits for a notification.',
    insert: 'notified().await',
  },
  {
    name: 'tokio::sync::Semaphore',
    kind: 'type',
    signature: 'Semaphore::new(permits)',
    doc: 'Limits concurrency: `acquire().await` waits for a permit, dropping the permit gives it back.',
    insert: 'tokio::sync::Semaphore::new(${1:2})',
  },
  {
    name: 'acquire',
    kind: 'method',
    signature: 'async fn acquire(&self) -> Result<Permit, _>',
    doc: 'Waits for a permit of the semaphore.',
    insert: 'acquire().await',
  },
  {
    name: 'Duration::from_millis',
    kind: 'function',
    signature: 'Duration::from_millis(u64) -> Duration',
    doc: 'A span of (virtual) time in milliseconds.',
    insert: 'Duration::from_millis(${1:100})',
  },
  {
    name: 'Duration::from_secs',
    kind: 'function',
    signature: 'Duration::from_secs(u64) -> Duration',
    doc: 'A span of (virtual) time in seconds.',
    insert: 'Duration::from_secs(${1:1})',
  },
  {
    name: 'Duration::from_micros',
    kind: 'function',
    signature: 'Duration::from_micros(u64) -> Duration',
    doc: 'A span of (virtual) time in microseconds.',
    insert: 'Duration::from_micros(${1:100})',
  },
  {
    name: 'std::thread::spawn',
    kind: 'function',
    signature: 'std::thread::spawn(move || { ... })',
    doc: 'A simulated OS thread on the virtual clock: it can sleep and then call `waker.wake()` from outside the executor.',
    insert: 'std::thread::spawn(move || {\n\t${1}\n})',
  },
  {
    name: 'std::thread::sleep',
    kind: 'function',
    signature: 'std::thread::sleep(Duration)',
    doc: 'Blocks the current thread. Inside async code it blocks the whole executor — the trace shows it.',
    insert: 'std::thread::sleep(Duration::from_millis(${1:100}))',
  },
  {
    name: 'println!',
    kind: 'macro',
    signature: 'println!("{}", value)',
    doc: 'Prints a line of program output; it stands out in the trace.',
    insert: 'println!("${1}");',
  },
  {
    name: 'tokio::main',
    kind: 'macro',
    signature: '#[tokio::main] async fn main()',
    doc: 'Runs `main` as the block_on future of a current_thread runtime with paused time.',
    insert: '#[tokio::main]',
  },
];

const BY_NAME = new Map<string, ApiEntry>();
for (const entry of API) {
  const segments = entry.name.replace(/!$/, '').split(/::|\./);
  for (let i = 0; i < segments.length; i++) {
    const suffix = segments.slice(i).join('::');
    if (!BY_NAME.has(suffix)) BY_NAME.set(suffix, entry);
  }
}

/** Finds the entry for a path as written (`tokio::time::sleep`, `time::sleep`, `cx.waker`, `Ready`). */
export function lookupApi(path: string): ApiEntry | null {
  const clean = path.replace(/[!(]+$/, '').replace(/\./g, '::');
  const segments = clean.split('::').filter((s) => s !== '');
  for (let i = 0; i < segments.length; i++) {
    const entry = BY_NAME.get(segments.slice(i).join('::'));
    if (entry) return entry;
  }
  return null;
}
