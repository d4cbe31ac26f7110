// Who carries an action, in words.
import type { TFunction } from 'i18next';
import type { ActionOwner } from '../../../../src-main/domain/minutes-model';

export function ownerName(t: TFunction<'followUp'>, owner: ActionOwner, names: ReadonlyMap<string, string>): string {
  return owner.kind === 'facilitator' ? t('actions.facilitator') : (names.get(owner.memberId) ?? t('actions.formerMember'));
}
