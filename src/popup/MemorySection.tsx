import { useT } from "../ui/i18n.ts";
import { MemoryPanel, type ImportOutcome } from "../ui/popup/MemoryPanel.tsx";
import { downloadText } from "./download.ts";
import type { MemoryHandle } from "./use-page-state.ts";

/** The memory controls wired to the client; shared by the popup and the options page. */
export function MemorySection(props: { memory: MemoryHandle; canPickFile: boolean; onImportElsewhere?: () => void; site?: string | null; headingLevel?: 2 | 3 }) {
  const t = useT();
  const { memory } = props;
  const onImportFile = async (file: File): Promise<ImportOutcome> => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : t("memoryFileUnreadable") };
    }
    const r = await memory.importData(text);
    return r.ok ? { ok: true, ...r.value } : { ok: false, error: r.error };
  };
  return (
    <MemoryPanel
      stats={memory.stats}
      statsError={memory.statsError}
      headingLevel={props.headingLevel}
      onExport={async (format) => {
        const r = await memory.exportData(format);
        if (!r.ok) return r.error;
        downloadText(r.value, format);
        return null;
      }}
      onImportFile={props.canPickFile ? onImportFile : undefined}
      onImportElsewhere={props.onImportElsewhere}
      onClear={memory.clear}
      site={props.site ?? null}
      onForgetSite={async (site) => {
        const r = await memory.forgetSite(site);
        return r.ok ? { ok: true, articles: r.value } : r;
      }}
    />
  );
}
