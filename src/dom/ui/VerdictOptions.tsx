/** The verdict choices of a `<select>`, after an empty choice with the given wording. */
import { VERDICTS, VERDICT_LABELS } from '../../core/annotations/schema.ts';

export function VerdictOptions({ empty }: { empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {VERDICTS.map((v) => (
        <option key={v} value={v}>
          {VERDICT_LABELS[v]}
        </option>
      ))}
    </>
  );
}
