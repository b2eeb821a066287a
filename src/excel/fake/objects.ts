import type { SheetGrid, WorkbookGrid } from '../../grid/types';
import { formatRange, parseRange, type RangeBox } from '../../grid/address';
import type {
  XCellProps,
  XClientResult,
  XContext,
  XFill,
  XRange,
  XRangeAreas,
  XRangeFormat,
  XRowProps,
  XColumnProps,
  XSpecialCells,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from '../api';
import {
  FakeOfficeError,
  cellAt,
  enterInput,
  findSheetByName,
  officeValue,
  officeValueType,
  patchCell,
  quoteSheet,
  usedBox,
} from './store';
import { slicer } from './slices';
import { ACTION_BYTES, PAYLOAD_LIMIT_BYTES, RANGE_CELL_LIMIT, jsonSize } from '../payload';

/**
 * Proxy objects with Office.js semantics: method calls and property writes are queued and run
 * at `sync()`, loaded properties can be read only after the sync that loaded them, null
 * objects report `isNullObject`. Every sync is counted.
 */

export interface FakeStats {
  syncs: number;
  /** Syncs Excel refused for their size (request or response over the payload limit, or a range over the cell limit). */
  refused: number;
  /** Largest request and response of one sync, in bytes of JSON. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** All bytes sent and received, summed over syncs. */
  requestBytes: number;
  responseBytes: number;
  /** Range-level write operations (values, formats, fills) — a per-cell loop shows up here. */
  writeOps: number;
  /** Cells returned by loads, summed over all syncs. */
  cellsLoaded: number;
  screenUpdatingSuspended: number;
}

export interface FakeOptions {
  /** Bytes of JSON one request or one response may carry (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Cells one range may return in a get (every platform: five million). */
  rangeCellLimit?: number;
  /** Cells one sync may return in all; unlimited unless a test sets it. */
  payloadCellLimit?: number;
}

/** What one sync carried, handed to `FakeWorld.afterSync` (the bench samples memory there). */
export interface SyncInfo {
  requestBytes: number;
  responseBytes: number;
  refused: boolean;
}

export class FakeWorld {
  readonly stats: FakeStats = { syncs: 0, refused: 0, maxRequestBytes: 0, maxResponseBytes: 0, requestBytes: 0, responseBytes: 0, writeOps: 0, cellsLoaded: 0, screenUpdatingSuspended: 0 };
  readonly protectedSheets = new Set<string>();
  readonly columnWidths = new Map<string, number[]>();
  readonly orientation = new Map<string, string>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  cellEditMode = false;
  /** Workbook structure protection: sheets cannot be added, deleted or hidden. */
  workbookProtected = false;
  /** Fail the next sync with this error code (tests of error paths). */
  failNextSync: string | null = null;
  /** Fail the sync with this number (1-based, counted over the world's life) with this code. */
  failAtSync: { sync: number; code: string } | null = null;
  payloadCellLimit: number;
  payloadLimitBytes: number;
  rangeCellLimit: number;
  afterSync: ((info: SyncInfo) => void) | null = null;
  /** Highest ExcelApi requirement set the host has: newer calls fail at sync, as on a real old host. */
  apiVersion = '1.13';
  private listeners: (() => void)[] = [];
  private cellsThisSync = 0;
  responseThisSync = 0;

  constructor(
    readonly grid: WorkbookGrid,
    opts: FakeOptions = {},
  ) {
    this.payloadCellLimit = opts.payloadCellLimit ?? Infinity;
    this.payloadLimitBytes = opts.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.rangeCellLimit = opts.rangeCellLimit ?? RANGE_CELL_LIMIT;
  }

  onChange(fn: () => void): () => void {
    this.listeners.push(fn);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== fn);
    };
  }

  emit(): void {
    for (const l of this.listeners) l();
  }

  sheetOrThrow(name: string): SheetGrid {
    const s = findSheetByName(this.grid, name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return s;
  }

  checkWritable(sheet: SheetGrid): void {
    if (this.protectedSheets.has(sheet.name)) {
      throw new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    }
    this.stats.writeOps++;
  }

  /** A get of `cells` cells from one range: refused above the range limit. */
  countLoad(cells: number): void {
    if (cells > this.rangeCellLimit) {
      this.stats.refused++;
      throw new FakeOfficeError('RangeExceedsLimit', 'The cell count in range has exceeded the maximum supported number.');
    }
    this.cellsThisSync += cells;
    this.stats.cellsLoaded += cells;
    if (this.cellsThisSync > this.payloadCellLimit) {
      this.stats.refused++;
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }

  /** Fail (at sync) a call that needs a newer requirement set than this host has. */
  requireApi(ctx: FakeContext, version: string, what: string): void {
    const have = this.apiVersion.split('.').map(Number);
    const need = version.split('.').map(Number);
    const older = have[0] < need[0] || (have[0] === need[0] && (have[1] ?? 0) < (need[1] ?? 0));
    if (older) {
      ctx.enqueue(() => {
        throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}; this host has ${this.apiVersion}.`);
      });
    }
  }

  /** Bytes of JSON the current sync returns. */
  countResponse(bytes: number): void {
    this.responseThisSync += bytes;
  }

  startSync(): void {
    this.stats.syncs++;
    this.cellsThisSync = 0;
    this.responseThisSync = 0;
  }
}

/** An operation run at sync; a generator one yields between its heavy steps, so the sync can give the page its turn. */
type Op = () => void | Iterator<void>;

export class FakeContext implements XContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private requestBytes = 0;

  constructor(readonly world: FakeWorld) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queue an operation; `bytes` is what it adds to the request's JSON. */
  enqueue(op: Op, bytes = ACTION_BYTES): void {
    this.queue.push(op);
    this.requestBytes += bytes;
  }

  /** Request bytes of an object path (an address string) that queues no operation itself. */
  addRequestBytes(bytes: number): void {
    this.requestBytes += bytes;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    const world = this.world;
    world.startSync();
    world.stats.requestBytes += requestBytes;
    world.stats.maxRequestBytes = Math.max(world.stats.maxRequestBytes, requestBytes);
    await Promise.resolve();
    const refuse = (code: string, message: string): never => {
      world.stats.refused++;
      world.afterSync?.({ requestBytes, responseBytes: world.responseThisSync, refused: true });
      throw new FakeOfficeError(code, message);
    };
    if (world.failNextSync) {
      const code = world.failNextSync;
      world.failNextSync = null;
      throw new FakeOfficeError(code, `Simulated ${code}`);
    }
    if (world.failAtSync && world.failAtSync.sync === world.stats.syncs) {
      const { code } = world.failAtSync;
      world.failAtSync = null;
      throw new FakeOfficeError(code, `Simulated ${code}`);
    }
    if (world.cellEditMode) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    // Excel on the web checks the request before running any of it.
    if (requestBytes > world.payloadLimitBytes) refuse('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    try {
      // In slices: the page is never blocked for long by one sync, as with a real (remote) Excel.
      const checkpoint = slicer();
      for (const op of ops) {
        const steps = op();
        if (steps) {
          while (!steps.next().done) await checkpoint();
        }
        await checkpoint();
      }
    } finally {
      world.emit();
    }
    const responseBytes = world.responseThisSync;
    if (responseBytes > world.payloadLimitBytes) refuse('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    world.stats.responseBytes += responseBytes;
    world.stats.maxResponseBytes = Math.max(world.stats.maxResponseBytes, responseBytes);
    world.afterSync?.({ requestBytes, responseBytes, refused: false });
  }
}

function notLoaded(what: string): never {
  throw new FakeOfficeError('PropertyNotLoaded', `The property '${what}' is not available. Call load() and sync() first.`);
}

function props(names: string): string[] {
  return names
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Shared loaded-state handling for proxies. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  protected resolvedNull: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  get isNullObject(): boolean {
    if (this.resolvedNull === undefined) notLoaded('isNullObject');
    return this.resolvedNull;
  }

  protected get world(): FakeWorld {
    return this.ctx.world;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

export class FakeWorkbook implements XWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };
  readonly protection: { readonly protected: boolean; load(names: string): unknown };

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    let loaded: boolean | undefined;
    this.protection = {
      get protected(): boolean {
        if (loaded === undefined) notLoaded('protected');
        return loaded;
      },
      load(): unknown {
        ctx.enqueue(() => {
          loaded = ctx.world.workbookProtected;
        });
        return this;
      },
    };
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        ctx.world.requireApi(ctx, '1.9', 'suspendScreenUpdatingUntilNextSync');
        ctx.world.stats.screenUpdatingSuspended++;
      },
    };
  }
}

export class FakeWorksheetCollection extends Proxy implements XWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) notLoaded('items');
    return this.loadedItems;
  }

  load(names: string): this {
    const wanted = props(names).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      this.loadedItems = this.world.grid.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, false);
        ws.fill(wanted);
        return ws;
      });
      this.resolvedNull = false;
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.world.sheetOrThrow(name), false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheetByName(this.world.grid, name) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetGrid | null = null;
    this.ctx.enqueue(() => {
      const n = name ?? `Blad${this.world.grid.sheets.length + 1}`;
      if (this.world.workbookProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      if (findSheetByName(this.world.grid, n)) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      }
      created = { name: n, rows: [], merges: [], state: 'visible' };
      this.world.grid.sheets.push(created);
      this.world.stats.writeOps++;
    });
    return new FakeWorksheet(
      this.ctx,
      () => created ?? notLoaded('worksheet'),
      false,
    );
  }
}

const VISIBILITY_TO_STATE: Record<string, SheetGrid['state']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function stateToVisibility(s: SheetGrid['state']): string {
  return s === 'hidden' ? 'Hidden' : s === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

export class FakeWorksheet extends Proxy implements XWorksheet {
  private cached: SheetGrid | null | undefined;
  readonly protection: { readonly protected: boolean; load(names: string): unknown };
  readonly pageLayout: { orientation: string };

  constructor(
    ctx: FakeContext,
    private readonly locate: () => SheetGrid | null,
    private readonly nullable: boolean,
  ) {
    super(ctx);
    const sheetOf = (): SheetGrid | null => this.sheet();
    const sheetForWrite = (): SheetGrid => this.sheetForWrite();
    let protectedLoaded: boolean | undefined;
    this.protection = {
      get protected(): boolean {
        if (protectedLoaded === undefined) notLoaded('protected');
        return protectedLoaded;
      },
      load(): unknown {
        ctx.enqueue(() => {
          const s = sheetOf();
          protectedLoaded = s ? ctx.world.protectedSheets.has(s.name) : false;
        });
        return this;
      },
    };
    this.pageLayout = {
      get orientation(): string {
        return notLoaded('orientation');
      },
      set orientation(v: string) {
        ctx.world.requireApi(ctx, '1.9', 'pageLayout');
        ctx.enqueue(() => {
          const s = sheetForWrite();
          ctx.world.orientation.set(s.name, v);
        });
      },
    };
  }

  /** The sheet this proxy points at, resolved once (at the first operation that runs). */
  sheet(): SheetGrid | null {
    if (this.cached === undefined) {
      this.cached = this.locate();
      this.resolvedNull = this.cached === null;
      if (this.cached === null && !this.nullable) notLoaded('worksheet');
    }
    if (this.cached && !this.world.grid.sheets.includes(this.cached)) {
      throw new FakeOfficeError('ItemNotFound', `The worksheet ${this.cached.name} no longer exists.`);
    }
    return this.cached;
  }

  sheetForWrite(): SheetGrid {
    const s = this.sheet();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The worksheet does not exist.');
    return s;
  }

  /** Populate loaded properties right now (inside a running sync). */
  fill(names: string[]): void {
    const s = this.sheet();
    if (!s) return;
    for (const n of names) {
      if (n === 'name') this.loaded.set('name', s.name);
      else if (n === 'visibility') this.loaded.set('visibility', stateToVisibility(s.state));
      else if (n === 'position') this.loaded.set('position', this.world.grid.sheets.indexOf(s));
    }
  }

  get name(): string {
    return this.read<string>('name');
  }

  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.sheetForWrite();
      this.world.checkWritable(s);
      s.name = v;
    });
  }

  get visibility(): string {
    return this.read<string>('visibility');
  }

  get position(): number {
    return this.read<number>('position');
  }

  set position(v: number) {
    this.ctx.enqueue(() => {
      const s = this.sheetForWrite();
      const sheets = this.world.grid.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.max(0, Math.min(v, sheets.length)), 0, s);
    });
  }

  set visibility(v: string) {
    this.ctx.enqueue(() => {
      const s = this.sheetForWrite();
      s.state = VISIBILITY_TO_STATE[v] ?? 'visible';
      this.world.stats.writeOps++;
    });
  }

  load(names: string): this {
    const wanted = props(names);
    this.ctx.enqueue(() => {
      this.sheet();
      this.fill(wanted);
    });
    return this;
  }

  getRange(address?: string): FakeRange {
    this.ctx.addRequestBytes((address?.length ?? 0) + 40);
    return new FakeRange(this.ctx, this, () => {
      if (!address) return { top: 1, left: 1, bottom: 1048576, right: 16384 };
      if (/^[A-Z]+:[A-Z]+$/i.test(address)) {
        const [a, b] = address.split(':');
        const box = parseRange(`${a}1:${b}1`);
        return { ...box, top: 1, bottom: 1048576 };
      }
      return parseRange(address);
    });
  }

  getRanges(address?: string): FakeRangeAreas {
    this.world.requireApi(this.ctx, '1.9', 'getRanges');
    this.ctx.addRequestBytes((address?.length ?? 0) + 40);
    const parts = (address ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return new FakeRangeAreas(this.ctx, this, () => parts.map((p) => parseRange(p)));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      const s = this.sheet();
      // Excel answers A1 for a blank sheet.
      return (s ? usedBox(s, valuesOnly === true) : null) ?? { top: 1, left: 1, bottom: 1, right: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this,
      () => {
        const s = this.sheet();
        return s ? usedBox(s, valuesOnly === true) : null;
      },
      true,
    );
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.world.activeSheet = this.sheetForWrite().name;
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheetForWrite();
      this.world.checkWritable(s);
      if (this.world.workbookProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const visible = this.world.grid.sheets.filter((x) => x !== s && (x.state ?? 'visible') === 'visible');
      if (visible.length === 0) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.world.grid.sheets.splice(this.world.grid.sheets.indexOf(s), 1);
    });
  }
}

function boxCells(box: RangeBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function forEachCell(box: RangeBox, fn: (r: number, c: number, i: number, j: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c, r - box.top, c - box.left);
}

/** Rows between two yields of a generator op (the sync decides whether to hand the page its turn). */
const SLICE_ROWS = 500;

/** matrix() as a generator op step: yields every SLICE_ROWS rows. */
function* slicedMatrix<T>(box: RangeBox, fn: (r: number, c: number) => T): Generator<void, T[][]> {
  const out: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: T[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(fn(r, c));
    out.push(line);
    if ((r - box.top) % SLICE_ROWS === SLICE_ROWS - 1) yield;
  }
  return out;
}

/** jsonSize of an array, row by row (the same sum), yielding every SLICE_ROWS rows. */
function* slicedJsonSize(rows: unknown[]): Generator<void, number> {
  let n = 2 + Math.max(0, rows.length - 1);
  for (let i = 0; i < rows.length; i++) {
    n += jsonSize(rows[i]);
    if (i % SLICE_ROWS === SLICE_ROWS - 1) yield;
  }
  return n;
}

function matrix<T>(box: RangeBox, fn: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: T[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

function fillSetter(ctx: FakeContext, target: () => { sheet: SheetGrid; boxes: RangeBox[] }): XFill {
  let loadedColor: string | null | undefined;
  return {
    get color(): string {
      if (loadedColor === undefined) notLoaded('color');
      return loadedColor as string;
    },
    load(): unknown {
      ctx.enqueue(() => {
        const { sheet, boxes } = target();
        // Excel reports null for a range whose cells differ, "#FFFFFF" for no fill.
        const colors = new Set<string>();
        for (const b of boxes) forEachCell(b, (r, c) => colors.add(cellAt(sheet, r, c)?.fill ?? 'FFFFFF'));
        loadedColor = colors.size === 1 ? `#${[...colors][0]}` : null;
      });
      return this;
    },
    set color(v: string) {
      ctx.enqueue(() => {
        const { sheet, boxes } = target();
        ctx.world.checkWritable(sheet);
        const hex = v.replace(/^#/, '').toUpperCase();
        for (const b of boxes) forEachCell(b, (r, c) => patchCell(sheet, r, c, { fill: hex }));
      });
    },
    clear(): void {
      ctx.enqueue(() => {
        const { sheet, boxes } = target();
        ctx.world.checkWritable(sheet);
        for (const b of boxes) forEachCell(b, (r, c) => patchCell(sheet, r, c, { fill: undefined }));
      });
    },
  };
}

function boldSetter(ctx: FakeContext, target: () => { sheet: SheetGrid; boxes: RangeBox[] }): { bold: boolean } {
  return {
    get bold(): boolean {
      return notLoaded('bold');
    },
    set bold(v: boolean) {
      ctx.enqueue(() => {
        const { sheet, boxes } = target();
        ctx.world.checkWritable(sheet);
        for (const b of boxes) forEachCell(b, (r, c) => patchCell(sheet, r, c, { bold: v || undefined }));
      });
    },
  };
}

class FakeResult<T> implements XClientResult<T> {
  private v: T | undefined;
  private set = false;
  get value(): T {
    if (!this.set) notLoaded('value');
    return this.v as T;
  }
  resolve(v: T): void {
    this.v = v;
    this.set = true;
  }
}

export class FakeRange extends Proxy implements XRange {
  private box: RangeBox | null | undefined;
  readonly format: XRangeFormat;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly locate: () => RangeBox | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    const target = (): { sheet: SheetGrid; boxes: RangeBox[] } => ({ sheet: this.ws.sheetForWrite(), boxes: [this.resolve()] });
    const world = ctx.world;
    this.format = {
      fill: fillSetter(ctx, target),
      font: boldSetter(ctx, target),
      get columnWidth(): number {
        return notLoaded('columnWidth');
      },
      set columnWidth(points: number) {
        ctx.enqueue(() => {
          const { sheet, boxes } = target();
          const widths = world.columnWidths.get(sheet.name) ?? [];
          for (let c = boxes[0].left; c <= boxes[0].right; c++) widths[c - 1] = points;
          world.columnWidths.set(sheet.name, widths);
        });
      },
    };
  }

  private resolve(): RangeBox {
    if (this.box === undefined) {
      this.ws.sheet();
      this.box = this.locate();
      this.resolvedNull = this.box === null;
    }
    if (this.box === null) {
      if (this.nullable) throw new FakeOfficeError('ItemNotFound', 'The range is a null object.');
      throw new FakeOfficeError('InvalidArgument', 'The range does not exist.');
    }
    return this.box;
  }

  private resolveNullable(): RangeBox | null {
    if (this.box === undefined) {
      this.ws.sheet();
      this.box = this.locate();
      this.resolvedNull = this.box === null;
    }
    return this.box;
  }

  get address(): string {
    return this.read<string>('address');
  }
  get rowIndex(): number {
    return this.read<number>('rowIndex');
  }
  get columnIndex(): number {
    return this.read<number>('columnIndex');
  }
  get rowCount(): number {
    return this.read<number>('rowCount');
  }
  get columnCount(): number {
    return this.read<number>('columnCount');
  }
  get valueTypes(): string[][] {
    return this.read<string[][]>('valueTypes');
  }
  get values(): unknown[][] {
    return this.read<unknown[][]>('values');
  }
  set values(v: unknown[][]) {
    this.enqueueWrite(v, 'values');
  }
  get formulas(): unknown[][] {
    return this.read<unknown[][]>('formulas');
  }
  set formulas(v: unknown[][]) {
    this.enqueueWrite(v, 'formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read<unknown[][]>('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.enqueueWrite(v, 'numberFormat');
  }

  private enqueueWrite(v: unknown[][], what: 'values' | 'formulas' | 'numberFormat'): void {
    const bytes = ACTION_BYTES + jsonSize(v);
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (v.length !== rows || v.some((line) => line.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
      }
      this.world.checkWritable(sheet);
      forEachCell(box, (r, c, i, j) => {
        const input = v[i][j];
        if (what === 'numberFormat') {
          if (input === null || input === undefined) return;
          const fmt = String(input);
          patchCell(sheet, r, c, { numFmt: fmt === 'General' ? undefined : fmt });
          return;
        }
        const patch = enterInput(input, cellAt(sheet, r, c)?.numFmt === '@');
        if (patch) patchCell(sheet, r, c, patch);
      });
    }, bytes);
  }

  load(names: string): this {
    const wanted = props(names);
    // A generator: it yields after each heavy property so the sync can slice its work.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.ctx.enqueue(function* () {
      yield* self.loadNow(wanted);
    });
    return this;
  }

  private *loadNow(wanted: string[]): Generator<void> {
    {
      const box = this.resolveNullable();
      if (!box) return;
      const sheet = this.ws.sheetForWrite();
      const heavy = wanted.some((p) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(p));
      if (heavy) this.world.countLoad(boxCells(box));
      for (const p of wanted) {
        switch (p) {
          case 'address':
            this.loaded.set(p, `${quoteSheet(sheet.name)}!${formatRange(box)}`);
            break;
          case 'rowIndex':
            this.loaded.set(p, box.top - 1);
            break;
          case 'columnIndex':
            this.loaded.set(p, box.left - 1);
            break;
          case 'rowCount':
            this.loaded.set(p, box.bottom - box.top + 1);
            break;
          case 'columnCount':
            this.loaded.set(p, box.right - box.left + 1);
            break;
          case 'values':
            this.loaded.set(p, yield* slicedMatrix(box, (r, c) => officeValue(cellAt(sheet, r, c))));
            break;
          case 'valueTypes':
            this.loaded.set(p, yield* slicedMatrix(box, (r, c) => officeValueType(cellAt(sheet, r, c))));
            break;
          case 'formulas':
            this.loaded.set(
              p,
              yield* slicedMatrix(box, (r, c) => {
                const cell = cellAt(sheet, r, c);
                return cell?.formula !== undefined ? `=${cell.formula}` : officeValue(cell);
              }),
            );
            break;
          case 'numberFormat':
            this.loaded.set(p, yield* slicedMatrix(box, (r, c) => cellAt(sheet, r, c)?.numFmt ?? 'General'));
            break;
          default:
            throw new FakeOfficeError('InvalidArgument', `Unknown property ${p}`);
        }
        if (heavy) yield;
      }
      // Office answers {"Name":value,…} per loaded object.
      for (const p of wanted) {
        const v = this.loaded.get(p);
        this.world.countResponse(p.length + 4 + (heavy && Array.isArray(v) ? yield* slicedJsonSize(v) : jsonSize(v)));
      }
    }
  }

  getCellProperties(options: object): XClientResult<XCellProps[][]> {
    this.world.requireApi(this.ctx, '1.9', 'getCellProperties');
    const result = new FakeResult<XCellProps[][]>();
    const want = (options as { format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { bold?: boolean }; indentLevel?: boolean } }).format ?? {};
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.ctx.enqueue(function* (this: void): Generator<void> {
      const box = self.resolve();
      const sheet = self.ws.sheetForWrite();
      self.world.countLoad(boxCells(box));
      // Only what was asked for comes back, as in Office.
      const m = matrix(box, (r, c): XCellProps => {
        const cell = cellAt(sheet, r, c);
        const format: NonNullable<XCellProps['format']> = {};
        if (want.fill) {
          format.fill = {};
          if (want.fill.color) format.fill.color = cell?.fill ? `#${cell.fill}` : '#FFFFFF';
          if (want.fill.pattern) format.fill.pattern = cell?.fill ? 'Solid' : 'None';
        }
        if (want.font?.bold) format.font = { bold: cell?.bold === true };
        if (want.indentLevel) format.indentLevel = cell?.indent ?? 0;
        return { format };
      });
      yield;
      self.world.countResponse(jsonSize(m));
      result.resolve(m);
    });
    return result;
  }

  getRowProperties(options: object): XClientResult<XRowProps[]> {
    this.world.requireApi(this.ctx, '1.9', 'getRowProperties');
    const result = new FakeResult<XRowProps[]>();
    const want = options as { rowIndex?: boolean; rowHidden?: boolean };
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      const hidden = new Set(sheet.hiddenRows ?? []);
      const out: XRowProps[] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: XRowProps = {};
        if (want.rowIndex) row.rowIndex = r - 1;
        if (want.rowHidden) row.rowHidden = hidden.has(r);
        out.push(row);
      }
      this.world.countResponse(jsonSize(out));
      result.resolve(out);
    });
    return result;
  }

  getColumnProperties(options: object): XClientResult<XColumnProps[]> {
    this.world.requireApi(this.ctx, '1.9', 'getColumnProperties');
    const result = new FakeResult<XColumnProps[]>();
    const want = options as { columnIndex?: boolean; columnHidden?: boolean };
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      const hidden = new Set(sheet.hiddenColumns ?? []);
      const out: XColumnProps[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const col: XColumnProps = {};
        if (want.columnIndex) col.columnIndex = c - 1;
        if (want.columnHidden) col.columnHidden = hidden.has(c);
        out.push(col);
      }
      this.world.countResponse(jsonSize(out));
      result.resolve(out);
    });
    return result;
  }

  /** Constants ("Constants") or formulas ("Formulas") of a value type ("Text", "Numbers"): only `cellCount` is implemented. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): XSpecialCells {
    this.world.requireApi(this.ctx, '1.9', 'getSpecialCellsOrNullObject');
    let count: number | undefined;
    const proxy: XSpecialCells = {
      get isNullObject(): boolean {
        if (count === undefined) notLoaded('isNullObject');
        return count === 0;
      },
      get cellCount(): number {
        if (count === undefined) notLoaded('cellCount');
        return count;
      },
      load: () => proxy,
    };
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      let n = 0;
      forEachCell(box, (r, c) => {
        const cell = cellAt(sheet, r, c);
        if (!cell) return;
        const isFormula = cell.formula !== undefined;
        if ((cellType === 'Formulas') !== isFormula) return;
        const v = cell.value;
        const type = typeof v === 'string' ? 'Text' : typeof v === 'number' || v instanceof Date ? 'Numbers' : typeof v === 'boolean' ? 'Logical' : v === null ? 'Blank' : 'Errors';
        if (type === 'Blank') return;
        if (!cellValueType || cellValueType === 'All' || cellValueType.split(/[ ,]+/).includes(type)) n++;
      });
      count = n;
      this.world.countResponse(30);
    });
    return proxy;
  }

  /** The box, resolved (for ranges derived from this one). */
  boxNow(): RangeBox {
    return this.resolve();
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.resolve();
      return { top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.world.requireApi(this.ctx, '1.7', 'getResizedRange');
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.resolve();
      const out = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (out.bottom < out.top || out.right < out.left || out.bottom > 1048576 || out.right > 16384) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return out;
    });
  }

  getIntersection(anotherRange: XRange): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const a = this.resolve();
      const b = (anotherRange as FakeRange).boxNow();
      const out = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
      if (out.top > out.bottom || out.left > out.right) throw new FakeOfficeError('InvalidArgument', 'The ranges do not intersect.');
      return out;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.world.requireApi(this.ctx, '1.13', 'getMergedAreasOrNullObject');
    const areas = new FakeRangeAreas(
      this.ctx,
      this.ws,
      () => {
        const box = this.resolve();
        const sheet = this.ws.sheetForWrite();
        return sheet.merges.map((m) => parseRange(m)).filter((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left);
      },
      true,
    );
    return areas;
  }

  merge(): void {
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      this.world.checkWritable(sheet);
      const a1 = formatRange(box);
      if (!sheet.merges.includes(a1)) sheet.merges.push(a1);
      forEachCell(box, (r, c) => patchCell(sheet, r, c, { merge: a1 }));
    });
  }

  clear(applyTo?: string): void {
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      this.world.checkWritable(sheet);
      const contents = applyTo !== 'Formats';
      const formats = applyTo === undefined || applyTo === 'All' || applyTo === 'Formats';
      sheet.rows.forEach((line, ri) => {
        line?.forEach((cell, ci) => {
          const r = ri + 1;
          const c = ci + 1;
          if (!cell || r < box.top || r > box.bottom || c < box.left || c > box.right) return;
          const patch: Partial<typeof cell> = {};
          if (contents) Object.assign(patch, { value: null, formula: undefined });
          if (formats) Object.assign(patch, { numFmt: undefined, fill: undefined, bold: undefined, indent: undefined });
          patchCell(sheet, r, c, patch);
        });
      });
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const box = this.resolve();
      const sheet = this.ws.sheetForWrite();
      this.world.activeSheet = sheet.name;
      this.world.selection = { sheet: sheet.name, address: formatRange(box) };
    });
  }
}

export class FakeRangeAreas extends Proxy implements XRangeAreas {
  private boxes: RangeBox[] | undefined;
  readonly format: { readonly fill: XFill; readonly font: { bold: boolean } };

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly locate: () => RangeBox[],
    private readonly nullable = false,
  ) {
    super(ctx);
    const target = (): { sheet: SheetGrid; boxes: RangeBox[] } => ({ sheet: this.ws.sheetForWrite(), boxes: this.resolve() });
    this.format = { fill: fillSetter(ctx, target), font: boldSetter(ctx, target) };
  }

  private resolve(): RangeBox[] {
    if (this.boxes === undefined) {
      this.boxes = this.locate();
      this.resolvedNull = this.nullable && this.boxes.length === 0;
    }
    return this.boxes;
  }

  get address(): string {
    return this.read<string>('address');
  }

  load(names: string): this {
    const wanted = props(names);
    this.ctx.enqueue(() => {
      const boxes = this.resolve();
      const sheet = this.ws.sheetForWrite();
      if (wanted.includes('address')) {
        this.loaded.set('address', boxes.map((b) => `${quoteSheet(sheet.name)}!${formatRange(b)}`).join(', '));
        this.world.countResponse(jsonSize(this.loaded.get('address')) + 12);
      }
    });
    return this;
  }
}

