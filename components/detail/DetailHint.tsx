/**
 * What the details pane says while nothing is selected. The explorer's detail
 * panel shows it, and so does the page's static HTML (beside the loading
 * status), so the text a laptop first paints is the text it keeps.
 */
export function DetailHint() {
  return (
    <div className="space-y-2 text-sm text-slate-700" data-testid="detail-empty">
      <h2 className="font-semibold text-slate-900">Select an event or an actor</h2>
      <p>Click an event on the timeline to read the sentences it comes from, or a person or country in the network to see their events.</p>
      <p>Drag the timeline to move in time; hold Ctrl and scroll to zoom. Tick “Network follows timeline” to show only what happened in the visible window. Press Escape to close the details.</p>
      <p>The Table view lists the same events and actors.</p>
    </div>
  );
}
