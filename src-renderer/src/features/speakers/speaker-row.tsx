// One line of the directory: name, job, topics; pressing it opens the speaker's details.
// Plain elements styled by speaker-row.css rather than Mantine components, and memoised: a keystroke in the search
// redraws the visible rows, and this keeps that well inside one frame.
import { memo } from 'react';
import type { Speaker } from '../../../../src-main/domain/model';
import './speaker-row.css';

export const SPEAKER_ROW_HEIGHT = 64;
const SHOWN_TOPICS = 3;

interface SpeakerRowProps {
  speaker: Speaker;
  /** Must keep its identity between renders for the memo to pay off. */
  onOpen: (speaker: Speaker) => void;
}

export const SpeakerRow = memo(function SpeakerRow({ speaker, onOpen }: SpeakerRowProps) {
  const job = [speaker.title, speaker.organisation].filter((part) => part !== '').join(', ');
  return (
    <button type="button" className="speaker-row" onClick={() => onOpen(speaker)}>
      <span className="speaker-row__who">
        <span className="speaker-row__name">{speaker.name}</span>
        <span className="speaker-row__job">{job}</span>
      </span>
      <span className="speaker-row__topics">
        {speaker.topics.slice(0, SHOWN_TOPICS).map((topic, index) => (
          // By position: a topic may be listed twice, and the row's topics never reorder under it.
          <span key={index} className="speaker-row__topic">
            {topic}
          </span>
        ))}
        {speaker.topics.length > SHOWN_TOPICS && (
          <span className="speaker-row__topic speaker-row__topic--more">+{speaker.topics.length - SHOWN_TOPICS}</span>
        )}
      </span>
    </button>
  );
});
