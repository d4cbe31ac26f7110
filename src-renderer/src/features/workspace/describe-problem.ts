// Plain words for a workspace file the app would not open or write, in the UI language.
import type { TFunction } from 'i18next';
import type { WorkspaceProblem } from '../../../../src-main/domain/views';
import { da } from '../../i18n/da';

type ReasonCode = keyof typeof da.problems.reason;

function isReasonCode(reason: string): reason is ReasonCode {
  return Object.hasOwn(da.problems.reason, reason);
}

export function describeProblem(t: TFunction, problem: WorkspaceProblem): string {
  const fileName = problem.fileName;
  switch (problem.kind) {
    case 'corrupt': {
      const reason = t(`problems.reason.${isReasonCode(problem.reason) ? problem.reason : 'unknown'}`);
      return problem.keptAt
        ? t('problems.corrupt', { fileName, reason, keptAt: problem.keptAt })
        : t('problems.corruptNotMoved', { fileName, reason });
    }
    case 'newerVersion':
      return t('problems.newerVersion', { fileName });
    case 'externalConflict':
      return problem.keptAt
        ? t('problems.externalConflict', { fileName, keptAt: problem.keptAt })
        : t('problems.externalConflictNotKept', { fileName });
  }
}
