// A member's line in a report, kept compact: a report holds one per member (50,000 in a large
// cohort) while the rest of the ledger streams past, and every object kept then costs twice,
// once itself and once in the young generation it makes the collector grow. So the line is one
// object: no nested objects and the days written packed into a string (one character a day);
// `streak`, `lastPost` and `days` are built when asked for, and JSON sees the plain shape.
import type { LocalDate } from './calendar.js';
import type { Role } from './ledger.js';
import type { MemberReport } from './report.js';

/** What a line is made from: the report's shape, with the days written (ascending) as counted. */
export type LineFields = Omit<MemberReport, 'daysWritten' | 'days'> & { days: readonly number[] };

export class MemberLine implements MemberReport {
  readonly handle: string;
  readonly name: string;
  readonly role: Role;
  readonly blog: string | null;
  readonly intro: string | null;
  readonly daysWritten: number;
  readonly hideStreak: boolean;
  readonly nudge: boolean;
  readonly words: number;
  readonly lastDate: LocalDate | null;
  readonly writtenToday: boolean;
  readonly atRisk: boolean;
  readonly lateEntries: number;
  readonly flaggedEntries: number;
  readonly vacations?: { from: LocalDate; to: LocalDate }[];
  readonly #current: number;
  readonly #longest: number;
  readonly #title: string | null;
  readonly #url: string | null;
  readonly #days: string;

  constructor(f: LineFields) {
    this.handle = f.handle;
    this.name = f.name;
    this.role = f.role;
    this.blog = f.blog;
    this.intro = f.intro;
    this.daysWritten = f.days.length;
    this.hideStreak = f.hideStreak;
    this.nudge = f.nudge;
    this.words = f.words;
    this.lastDate = f.lastDate;
    this.writtenToday = f.writtenToday;
    this.atRisk = f.atRisk;
    this.lateEntries = f.lateEntries;
    this.flaggedEntries = f.flaggedEntries;
    if (f.vacations) this.vacations = f.vacations;
    this.#current = f.streak.current;
    this.#longest = f.streak.longest;
    this.#title = f.lastPost?.title ?? null;
    this.#url = f.lastPost?.url ?? null;
    this.#days = String.fromCharCode(...f.days); // one flat string; day numbers stay far below 65,536
  }

  get streak() {
    return { current: this.#current, longest: this.#longest };
  }

  get lastPost() {
    return this.lastDate === null ? null : { title: this.#title!, url: this.#url };
  }

  get days(): number[] {
    const days = new Array<number>(this.#days.length);
    for (let i = 0; i < days.length; i++) days[i] = this.#days.charCodeAt(i);
    return days;
  }

  /** The plain shape, in the order the report's JSON has always had. */
  toJSON(): MemberReport {
    return {
      handle: this.handle, name: this.name, role: this.role, blog: this.blog, intro: this.intro, daysWritten: this.daysWritten,
      streak: this.streak, hideStreak: this.hideStreak, nudge: this.nudge, words: this.words, lastDate: this.lastDate,
      lastPost: this.lastPost, writtenToday: this.writtenToday, atRisk: this.atRisk, lateEntries: this.lateEntries,
      flaggedEntries: this.flaggedEntries, days: this.days, ...(this.vacations ? { vacations: this.vacations } : {}),
    };
  }
}
