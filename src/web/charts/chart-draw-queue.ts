/**
 * Draws figures one per task instead of all in the commit that brings the data: a
 * 1,000-subject dashboard's eight figures took over a second of main thread in one task
 * (bench/web-dashboard.bench.ts), so the page could not paint or answer a key press until the
 * last was drawn. Queued, each figure is its own task and the browser paints and handles input
 * between them. A job whose figure unmounts or redraws before its turn is dropped.
 */
type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  const job = queue.shift();
  if (queue.length > 0) schedule();
  job?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(pump, 0);
}

/**
 * Runs `job` in a later task, after the jobs queued before it; returns a cancel function.
 * @example useEffect(() => scheduleDraw(() => el.replaceChildren(render(width))), [width])
 */
export function scheduleDraw(job: Job): () => void {
  queue.push(job);
  schedule();
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
