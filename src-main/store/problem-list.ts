// The files the store would not open or write, explained to the user. Recorded on disk by the store
// (problem-record.ts) so they are explained again after a restart; a re-scan finds the lasting ones again too.
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors';
import { fileNameKey } from '../domain/file-names';
import type { WorkspaceProblem } from '../domain/views';

export type NewProblem = Omit<WorkspaceProblem, 'id' | 'detectedAt'>;

export class ProblemList {
  private readonly problems = new Map<string, WorkspaceProblem>();

  constructor(
    private readonly clock: () => Date,
    private readonly onChange: () => void,
  ) {}

  add(problem: NewProblem): void {
    this.restore({ id: randomUUID(), detectedAt: this.clock().toISOString(), ...problem });
  }

  /** Takes back a problem recorded in an earlier session, as it was. */
  restore(problem: WorkspaceProblem): void {
    // The same file failing the same way again (a retry, a re-scan) is one problem, not a growing list.
    for (const known of this.problems.values()) {
      if (known.kind === problem.kind && known.fileName === problem.fileName && known.keptAt === problem.keptAt) return;
    }
    this.problems.set(problem.id, problem);
    this.onChange();
  }

  list(): WorkspaceProblem[] {
    return [...this.problems.values()];
  }

  get(problemId: string): WorkspaceProblem {
    const problem = this.problems.get(problemId);
    if (!problem) throw new AppError('problemNotFound', { problemId });
    return problem;
  }

  remove(problemId: string): void {
    if (!this.problems.delete(problemId)) throw new AppError('problemNotFound', { problemId });
    this.onChange();
  }

  /** Files refused because a newer app wrote them: left in place, so a re-scan must not try them again. */
  refusedFileKeys(): Set<string> {
    return new Set(this.list().filter((p) => p.kind === 'newerVersion').map((p) => fileNameKey(p.fileName)));
  }
}
