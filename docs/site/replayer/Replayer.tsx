import type { ConversationState } from '@execards/core';
import { useEffect, useId, useMemo, useState, type DragEvent } from 'react';
import type { ReplayerPreset } from '../../../tooling/storybook/replayer-presets.js';
import { Chat } from '../../../packages/react/src/quick-start/QuickStart.js';
import { describeEvent, readStream } from './read-stream.js';
import { replayStates } from './replay.js';
import './replayer.css';

export interface ReplayerProps {
  /** Recordings offered in the picker, read at build time. */
  presets: readonly ReplayerPreset[];
  /** Where the build looked for recordings; named on the page when there are none. */
  presetsFolder: string;
  /** Told each state shown, with the number of events folded into it. */
  onStateChange?: (state: ConversationState, eventCount: number) => void;
}

const speeds = [1, 4, 16, 64] as const;
/** Events per second at 1×. */
const baseRate = 10;
/** At most one render per this many ms: faster speeds fold several events per step. */
const minTickMs = 50;

/** Drop or paste a Responses API stream and watch core fold it into cards, event by event. */
export function Replayer({ presets, presetsFolder, onStateChange }: ReplayerProps) {
  const [text, setText] = useState(presets[0]?.text ?? '');
  const [draft, setDraft] = useState(text);
  // The first recording opens at its end, so the page shows cards before anyone presses Play.
  const [position, setPosition] = useState(() => readStream(text).events.length);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof speeds)[number]>(16);
  const ids = { paste: useId(), preset: useId(), scrubber: useId(), speed: useId() };

  const stream = useMemo(() => readStream(text), [text]);
  const states = useMemo(() => replayStates(stream.events), [stream]);
  const total = stream.events.length;
  const state = states[position] ?? (states[0] as ConversationState);

  useEffect(() => onStateChange?.(state, position), [state, position, onStateChange]);

  const running = playing && position < total;
  useEffect(() => {
    if (!running) return;
    const tickMs = Math.max(1000 / (baseRate * speed), minTickMs);
    const step = Math.max(1, Math.round((baseRate * speed * tickMs) / 1000));
    const timer = setTimeout(() => {
      const next = Math.min(position + step, total);
      setPosition(next);
      if (next >= total) setPlaying(false);
    }, tickMs);
    return () => clearTimeout(timer);
  }, [running, position, total, speed]);

  function load(next: string) {
    setText(next);
    setDraft(next);
    setPosition(0);
    setPlaying(false);
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void file.text().then(load);
  }

  const current = position > 0 ? stream.events[position - 1] : undefined;

  return (
    <div className="xc-replayer" data-slot="replayer">
      <section className="xc-replayer-input" aria-label="Stream to replay">
        {presets.length > 0 ? (
          <p>
            <label htmlFor={ids.preset}>Recording </label>
            <select id={ids.preset} defaultValue={presets[0]?.id} onChange={(event) => load(presets.find((preset) => preset.id === event.target.value)?.text ?? '')}>
              {presets.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.label}
                </option>
              ))}
            </select>
          </p>
        ) : (
          <p data-slot="replayer-no-presets">
            No recordings are preloaded: this site was built without <code>{presetsFolder}</code>. Paste or drop a stream below.
          </p>
        )}
        <label htmlFor={ids.paste}>Paste SSE text, JSON lines or a Response object, or drop a file here</label>
        <textarea
          id={ids.paste}
          value={draft}
          rows={4}
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
        />
        <button type="button" onClick={() => load(draft)}>
          Replay this stream
        </button>
      </section>

      <section className="xc-replayer-controls" aria-label="Playback">
        <button type="button" onClick={() => (position >= total ? (setPosition(0), setPlaying(true)) : setPlaying(!running))} disabled={total === 0}>
          {running ? 'Pause' : 'Play'}
        </button>
        <label htmlFor={ids.speed}>Speed </label>
        <select id={ids.speed} value={speed} onChange={(event) => setSpeed(Number(event.target.value) as (typeof speeds)[number])}>
          {speeds.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
        <label htmlFor={ids.scrubber}>Events folded</label>
        <input id={ids.scrubber} type="range" min={0} max={total} value={position} onChange={(event) => (setPlaying(false), setPosition(Number(event.target.value)))} />
        <output data-slot="replayer-position" aria-live="off">
          {position} of {total} events ({stream.format})
        </output>
      </section>

      <div className="xc-replayer-panes">
        <section className="xc-replayer-cards" aria-label="Cards">
          {state.turns.length === 0 ? <p>No cards yet: press Play or move the scrubber.</p> : <Chat state={state} />}
        </section>
        <section className="xc-replayer-event" aria-label="Current event">
          <h3>{current === undefined ? 'No event yet' : `Event ${position}`}</h3>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard */}
          <pre tabIndex={0} data-slot="replayer-event">{current === undefined ? '' : describeEvent(current)}</pre>
          <h3>Diagnostics ({state.diagnostics.length})</h3>
          {state.unknownEventCount > 0 ? <p data-slot="replayer-unknown">Events of a type core does not know, skipped: {state.unknownEventCount}</p> : null}
          {state.diagnostics.length === 0 ? (
            <p>None so far.</p>
          ) : (
            <ul data-slot="replayer-diagnostics">
              {state.diagnostics.map((diagnostic, index) => (
                <li key={index}>
                  <code>{diagnostic.code}</code> {diagnostic.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
