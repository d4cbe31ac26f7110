// People search over the speakers of the large workspace: building the index, and one query per keystroke.
import { createPeopleIndex, speakerSearchFields } from '../src-main/domain/people-search';
import type { Speaker } from '../src-main/domain/model';
import { summarize, timeOnce, timeRepeated, type Timing } from './measure';

export interface SearchFigures {
  speakers: number;
  build: Timing;
  /** Every prefix of each typed query, as the search box sees them while the facilitator types. */
  keystroke: Timing;
}

const TYPED = ['anne', 'søren møller', 'region nord', 'nis2', 'christensen a', 'finops', 'hospital øst ledelse', 'zzz'];

export async function benchSearch(speakers: readonly Speaker[], runs: number): Promise<SearchFigures> {
  const build = await timeRepeated(runs, () => createPeopleIndex(speakers, speakerSearchFields));
  const index = createPeopleIndex(speakers, speakerSearchFields);
  const samples: number[] = [];
  for (let round = 0; round < Math.max(1, Math.round(runs / 4)); round += 1) {
    for (const query of TYPED) {
      for (let length = 1; length <= query.length; length += 1) {
        samples.push(await timeOnce(() => index.search(query.slice(0, length), 50)));
      }
    }
  }
  return { speakers: speakers.length, build, keystroke: summarize(samples) };
}
