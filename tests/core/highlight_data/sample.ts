/**
 * Task scheduler with typed events.
 *
 * Generic constraints like `T extends Record<string, unknown>` and
 * arrow-looking text => inside this comment must not be highlighted.
 */

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

type DeepReadonly<T> = T extends Primitive
  ? T
  : T extends Array<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

type EventMap = {
  started: { id: string; at: Date };
  finished: { id: string; at: Date; durationMs: number };
  failed: { id: string; error: Error; retries: number };
};

type Listener<E extends keyof EventMap> = (payload: EventMap[E]) => void | Promise<void>;

type Route = `/${string}`;
type Greeting<Name extends string> = `Hello, ${Capitalize<Name>}!`;

interface Task<TResult = unknown, TInput extends object = {}> {
  readonly id: string;
  priority?: number;
  run(input: TInput, signal?: AbortSignal): Promise<TResult>;
}

enum Status {
  Pending = 'PENDING',
  Running = "RUNNING",
  Done = "DONE",
  Failed = 1 << 4,
}

const enum Flags {
  None = 0,
  Retry = 1 << 0,
  Log = 1 << 1,
  All = Retry | Log,
}

function logged(prefix: string) {
  return function <This, Args extends unknown[], R>(
    target: (this: This, ...args: Args) => R,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>
  ) {
    const name = String(context.name);
    return function (this: This, ...args: Args): R {
      console.log(`${prefix} -> ${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return target.call(this, ...args);
    };
  };
}

function sealed<T extends { new (...args: any[]): object }>(ctor: T, _ctx: ClassDecoratorContext) {
  Object.seal(ctor);
  Object.seal(ctor.prototype);
}

class Emitter {
  private listeners: { [E in keyof EventMap]?: Array<Listener<E>> } = {};

  on<E extends keyof EventMap>(event: E, listener: Listener<E>): () => void {
    const list = (this.listeners[event] ??= []) as Array<Listener<E>>;
    list.push(listener);
    return () => {
      const index = list.indexOf(listener);
      if (index >= 0) list.splice(index, 1);
    };
  }

  async emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): Promise<void> {
    const list = (this.listeners[event] ?? []) as Array<Listener<E>>;
    await Promise.all(list.map((fn) => fn(payload)));
  }
}

@sealed
class Scheduler<TCtx extends Record<string, unknown> = Record<string, never>> extends Emitter {
  readonly #queue: Array<Task<unknown, TCtx>> = [];
  protected status: Status = Status.Pending;
  static readonly VERSION = '1.4.0' as const;

  constructor(private readonly context: TCtx, public flags: Flags = Flags.None) {
    super();
  }

  add<R>(task: Task<R, TCtx>): this {
    this.#queue.push(task);
    this.#queue.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    return this;
  }

  @logged('[scheduler]')
  async runAll(signal?: AbortSignal): Promise<Map<string, unknown>> {
    const results = new Map<string, unknown>();
    this.status = Status.Running;
    for (const task of this.#queue) {
      const startedAt = new Date();
      await this.emit('started', { id: task.id, at: startedAt });
      try {
        const value = await task.run(this.context, signal);
        results.set(task.id, value);
        await this.emit('finished', {
          id: task.id,
          at: new Date(),
          durationMs: Date.now() - startedAt.getTime(),
        });
      } catch (error: unknown) {
        await this.emit('failed', {
          id: task.id,
          error: error instanceof Error ? error : new Error(String(error)),
          retries: this.flags & Flags.Retry ? 1 : 0,
        });
      }
    }
    this.status = Status.Done;
    return results;
  }

  report(results: ReadonlyMap<string, unknown>): string {
    const lines = [...results.entries()].map(
      ([id, value]) => `  - ${id.padEnd(12)} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`
    );
    return `Scheduler v${Scheduler.VERSION}
Status: ${this.status}
Context keys: ${Object.keys(this.context).join(', ') || '(none)'}
Results (${results.size}):
${lines.join('\n')}
${this.flags & Flags.Log ? `Logging: ${'enabled'}` : 'Logging: disabled'}
`;
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

function describe(status: Status): string {
  switch (status) {
    case Status.Pending:
      return 'waiting';
    case Status.Running:
      return 'busy';
    case Status.Done:
      return 'complete';
    case Status.Failed:
      return 'broken';
    default:
      return assertNever(status);
  }
}

function isTask(value: unknown): value is Task {
  return typeof value === 'object' && value !== null && 'id' in value && 'run' in value;
}

const greet = <N extends string>(name: N): Greeting<N> =>
  `Hello, ${(name.charAt(0).toUpperCase() + name.slice(1)) as Capitalize<N>}!`;

const home: Route = '/home';
const frozen: DeepReadonly<{ list: number[]; nested: { ok: boolean } }> = {
  list: [1, 2, 3],
  nested: { ok: true },
};

const fetchTask: Task<{ status: number }, { baseUrl: string }> = {
  id: 'fetch',
  priority: 10,
  async run({ baseUrl }, signal) {
    const url = `${baseUrl}${home}?q=${encodeURIComponent('a&b=c')}`;
    const response = await fetch(url, { signal });
    return { status: response.status };
  },
};

const sleepTask: Task<string, { baseUrl: string }> = {
  id: 'sleep',
  run: (_input, signal) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => resolve('rested'), 50);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    }),
};

async function main(): Promise<void> {
  const scheduler = new Scheduler({ baseUrl: 'https://example.invalid' }, Flags.All);
  scheduler.on('failed', ({ id, error }) => console.warn(`task ${id} failed: ${error.message}`));
  scheduler.add(fetchTask).add(sleepTask);
  const controller = new AbortController();
  const results = await scheduler.runAll(controller.signal);
  console.log(scheduler.report(results), describe(Status.Done), greet('world'));
  console.log(frozen.nested.ok, isTask(sleepTask), <const>['a', 'b'], frozen.list!.length);
}

void main();
