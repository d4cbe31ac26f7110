// The files the store would not open or write in this session, explained to the user (kept in memory; a re-scan
// finds the lasting ones again: newer files stay in place, corrupt ones stay set aside).
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
    // The same file failing the same way again (a retry, a re-scan) is one problem, not a growing list.
    for (const known of this.problems.values()) {
      if (known.kind === problem.kind && known.fileName === problem.fileName && known.keptAt === problem.keptAt) return;
    }
    const id = randomUUID();
    this.problems.set(id, { id, detectedAt: this.clock().toISOString(), ...problem });
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
