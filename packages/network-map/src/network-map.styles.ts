import { css } from 'lit';

export const mapStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
  }
  .toolbar,
  .filters,
  .controls,
  .segmented,
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_rnswd-space) * 0.5);
  }
  .segmented {
    gap: 0;
  }
  .segmented .button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .segmented .button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: calc(var(--_rnswd-border-width) * -1);
  }
  .filters {
    align-items: end;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_rnswd-space) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .kinds legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 1.75rem;
    cursor: pointer;
  }
  .kind input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_rnswd-accent-color);
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    vertical-align: -0.125em;
    overflow: visible;
  }
  .swatch path {
    stroke: var(--_rnswd-background-color);
    stroke-width: 0.15;
  }
  .theme .control {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 18rem;
    gap: var(--_rnswd-space);
    align-items: start;
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .stage {
    position: relative;
    block-size: var(--rnswd-network-map-height, 28rem);
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    overflow: hidden;
  }
  .stage > svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    background: var(--rnswd-network-map-land-color, color-mix(in srgb, #e8e2cf 45%, Canvas));
    font-family: var(--_rnswd-font-family);
  }
  :host([view='graph']) .stage > svg {
    background: var(--_rnswd-background-color);
  }
  .stage > svg:active {
    cursor: grabbing;
  }
  .controls {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls .button {
    padding: 0;
    inline-size: var(--_rnswd-target-size);
    font-size: 1.4em;
    font-weight: 600;
  }
  .controls svg,
  .close svg {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .arranging,
  .attribution {
    position: absolute;
    margin: 0;
    padding: 0.1em 0.4em;
    background: color-mix(in srgb, var(--_rnswd-background-color) 85%, transparent);
    font-size: 0.8em;
  }
  .arranging {
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
  }
  .attribution {
    inset-block-end: 0;
    inset-inline-end: 0;
  }

  /* The drawing. Strokes keep their width at any zoom. */
  .viewport path,
  .viewport circle {
    vector-effect: non-scaling-stroke;
  }
  .region {
    fill: transparent;
    stroke: color-mix(in srgb, var(--_rnswd-color) 45%, transparent);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .s1 {
    --_rnswd-network-map-shade: 12%;
  }
  .s2 {
    --_rnswd-network-map-shade: 25%;
  }
  .s3 {
    --_rnswd-network-map-shade: 40%;
  }
  .s4 {
    --_rnswd-network-map-shade: 55%;
  }
  .shaded .region,
  .steps i {
    --_rnswd-network-map-fill: color-mix(
      in srgb,
      var(--rnswd-network-map-region-color, #1a5c9e) var(--_rnswd-network-map-shade, 0%),
      transparent
    );
    fill: var(--_rnswd-network-map-fill);
    background: var(--_rnswd-network-map-fill);
  }
  .edge {
    fill: none;
    stroke: var(--rnswd-network-map-edge-color, #5c6670);
    stroke-width: 1.2;
    stroke-opacity: 0.7;
  }
  .e-research {
    stroke-dasharray: 6 3;
  }
  .e-funding {
    stroke-dasharray: 1 3;
    stroke-linecap: round;
    stroke-width: 1.6;
  }
  .e-care-chain {
    stroke-dasharray: 10 3 2 3;
  }
  .e-education {
    stroke-dasharray: 3 2;
  }
  .e-working-group {
    stroke-width: 2;
    stroke-opacity: 0.35;
  }
  .e-other {
    stroke-dasharray: 1 2;
  }
  .edge.hl {
    stroke: var(--_rnswd-accent-color);
    stroke-width: 2;
    stroke-opacity: 0.9;
  }
  .edges.is-hl .edge:not(.hl) {
    stroke-opacity: 0.12;
  }
  .node {
    cursor: pointer;
    stroke: var(--_rnswd-background-color);
    stroke-width: 1.5;
    outline: none;
  }
  .nodes.is-hl .node:not(.near) {
    opacity: 0.25;
  }
  .node.selected {
    stroke: var(--_rnswd-color);
    stroke-width: 3;
  }
  .cluster circle {
    fill: var(--rnswd-network-map-cluster-color, #1f2933);
    stroke: var(--_rnswd-background-color);
    stroke-width: 2;
  }
  .cluster text {
    fill: #fff;
    stroke: none;
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
  }
  .ring {
    display: none;
    fill: none;
    stroke: var(--_rnswd-focus-outline-color);
    stroke-width: 3;
    pointer-events: none;
  }
  .ring.on {
    display: inline;
  }
  .label {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_rnswd-color);
    stroke: var(--_rnswd-background-color);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .k-municipality {
    fill: var(--rnswd-network-map-municipality-color, #1a5c9e);
  }
  .k-knowledge-institution {
    fill: var(--rnswd-network-map-knowledge-institution-color, #6a3d9a);
  }
  .k-care-welfare {
    fill: var(--rnswd-network-map-care-welfare-color, #1b7837);
  }
  .k-citizen-initiative {
    fill: var(--rnswd-network-map-citizen-initiative-color, #a94e00);
  }
  .k-client-organisation {
    fill: var(--rnswd-network-map-client-organisation-color, #b3175f);
  }
  .k-other {
    fill: var(--rnswd-network-map-other-color, #4a4a4a);
  }

  /* Beside the map. */
  .side {
    display: grid;
    gap: var(--_rnswd-space);
  }
  .detail,
  .unplaced {
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    padding: calc(var(--_rnswd-space) * 0.75);
    background: var(--_rnswd-surface-color);
  }
  .detail__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .close {
    padding: 0;
    flex: none;
  }
  .detail dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.75em;
    margin: 0 0 0.75em;
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
  }
  .relations,
  .partner-list,
  .relation-legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .relations li {
    margin-block-end: 0.35em;
  }
  .relation-kind {
    display: block;
    font-size: 0.85em;
    color: var(--_rnswd-muted-color);
  }
  .partner-list .button,
  .relations .button {
    min-block-size: 1.75rem;
    padding-inline: 0;
    text-align: start;
    justify-content: start;
  }
  .button[aria-current='true'] {
    font-weight: 700;
  }
  .relation-legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .relation-legend .edge {
    stroke-opacity: 1;
  }
  .relation-legend svg {
    inline-size: 2.25rem;
    block-size: 0.75rem;
    flex: none;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .steps i {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.3em;
    vertical-align: -0.15em;
    border: 1px solid var(--_rnswd-border-color);
  }
  .help {
    margin: 0;
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    min-inline-size: 32rem;
    overflow-wrap: normal;
    margin-block-end: var(--_rnswd-space);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_rnswd-border-color);
  }
  thead th {
    background: var(--_rnswd-surface-color);
  }
  th .button {
    min-block-size: 1.5rem;
    padding-inline: 0;
    text-align: start;
  }

  @media (forced-colors: active) {
    .node,
    .cluster circle {
      stroke: CanvasText;
    }
    .edge,
    .region {
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
