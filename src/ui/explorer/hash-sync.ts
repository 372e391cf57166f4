import type { Camera } from "sigma";
import type { AppState, Store } from "../../view/app-state";
import { cleanState, type KnownIds, parseState, serializeState } from "../../view/url-state";

/**
 * The URL hash mirrors the shareable state (format in src/view/url-state.ts). The state is written
 * with replaceState, which fires no hashchange, so there is no loop; a hash typed or pasted by the
 * user is read back. The camera is written once it rests.
 */

const CAMERA_DEBOUNCE_MS = 250;

export function writeHash(state: AppState): void {
  const hash = serializeState(state);
  const url = `${location.pathname}${location.search}${hash === "" ? "" : `#${hash}`}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

/** Puts the camera where the state says; null is "fit the whole graph". */
export function applyCamera(camera: Camera, state: AppState): void {
  if (state.camera === null) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  else camera.setState({ ...state.camera, angle: 0 });
}

export function syncHash(store: Store, camera: Camera, known: () => KnownIds): void {
  window.addEventListener("hashchange", () => {
    const next = cleanState(parseState(location.hash), known());
    if (serializeState(next) === serializeState(store.get())) return;
    store.set({ ...next, hovered: null });
    applyCamera(camera, next);
  });

  // The camera is part of the shareable view; "fit" (the default camera) is stored as null.
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on("updated", (cameraState) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const isDefault =
        Math.abs(cameraState.x - 0.5) < 1e-4 &&
        Math.abs(cameraState.y - 0.5) < 1e-4 &&
        Math.abs(cameraState.ratio - 1) < 1e-4;
      const next = isDefault ? null : { x: cameraState.x, y: cameraState.y, ratio: cameraState.ratio };
      const current = store.get().camera;
      if (JSON.stringify(next) !== JSON.stringify(current)) store.set({ camera: next });
    }, CAMERA_DEBOUNCE_MS);
  });
}
