/**
 * The Wikidata opt-in, explained plainly. The switch reports the reader's wish; the caller asks the
 * browser for the permission inside the same click (the prompt needs the user gesture).
 */
export interface WikidataPanelProps {
  /** Look-ups are on: the setting is on and the browser permission is held. */
  isOn: boolean;
  /** The setting is on but the reader withdrew the permission in the browser. */
  isPermissionMissing: boolean;
  isBusy: boolean;
  isFirefox: boolean;
  message: string;
  onToggle(next: boolean): void;
}

export function WikidataPanel(props: WikidataPanelProps) {
  return (
    <section class="wikidata" aria-labelledby="srcl-wikidata-h">
      <h2 id="srcl-wikidata-h">Wikidata look-ups</h2>
      <p>
        Sourcelight knows many officials from a list built into the extension. For people it does not know, it can ask Wikidata, the free
        knowledge base, for their current position.
      </p>
      <ul class="plain-list">
        <li>
          <strong>What is sent:</strong> the person's name, nothing of the page: no address, no article text, nothing about you.
        </li>
        <li>
          <strong>Where:</strong> www.wikidata.org, and nowhere else.
        </li>
        <li>
          <strong>Off by default.</strong> When you switch it on, your browser asks you to allow access to wikidata.org
          {props.isFirefox ? " and to share search terms" : ""}.
        </li>
      </ul>
      <div class="check">
        <input
          type="checkbox"
          id="srcl-wikidata"
          checked={props.isOn}
          disabled={props.isBusy}
          aria-describedby="srcl-wikidata-status"
          onChange={(e) => props.onToggle(e.currentTarget.checked)}
        />
        <label for="srcl-wikidata">Look up unknown officials on Wikidata</label>
      </div>
      <p id="srcl-wikidata-status" role="status" class="inline-status">
        {props.message || (props.isPermissionMissing ? "The browser permission was withdrawn, so look-ups are off. Switch on to allow it again." : "")}
      </p>
    </section>
  );
}
