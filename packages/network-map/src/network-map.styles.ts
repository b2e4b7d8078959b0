import { css } from 'lit';

export const mapStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
  }
  .toolbar,
  .filters,
  fieldset,
  .tabs,
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .tabs {
    gap: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .legend .label {
    font-weight: 600;
    padding: 0;
    margin: 0;
    flex-basis: 100%;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 1.75rem;
  }
  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_rnswd-accent-color);
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.15em;
    overflow: visible;
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
    background: var(--rnswd-network-map-land-color, var(--_rnswd-surface-color));
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
    transform-origin: 0 0;
    will-change: transform;
    /* Moved by a CSS transform after a pan, it still shows what lies beyond its box. */
    overflow: visible;
  }
  :host([view='graph']) .stage {
    background: var(--_rnswd-background-color);
  }
  .arranging .edges {
    display: none;
  }
  .many .edge:not(.hl) {
    stroke-dasharray: none;
    stroke-width: inherit;
    vector-effect: none;
  }
  .controls {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .controls .button,
  .head .button {
    padding: 0;
    font-size: 1.4em;
  }
  .controls svg,
  .head svg {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .note {
    position: absolute;
    inset-block-start: 0;
    margin: 0;
    padding: 0.1em 0.4em;
    background: var(--_rnswd-background-color);
    font-size: 0.8em;
  }
  .attribution {
    inset-block: auto 0;
    inset-inline-end: 0;
  }

  /* The drawing: strokes keep their width at any zoom. */
  path,
  circle {
    vector-effect: non-scaling-stroke;
  }
  .regions path {
    fill: transparent;
    stroke: var(--_rnswd-muted-color);
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
  .shaded path,
  .legend i {
    --_rnswd-network-map-fill: color-mix(
      in srgb,
      var(--rnswd-network-map-region-color, #1a5c9e) var(--_rnswd-network-map-shade, 0%),
      transparent
    );
    fill: var(--_rnswd-network-map-fill);
    background: var(--_rnswd-network-map-fill);
  }
  .legend i {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.3em;
    vertical-align: -0.15em;
    border: 1px solid var(--_rnswd-border-color);
  }
  .legend svg {
    inline-size: 2.25rem;
    block-size: 0.75rem;
  }
  .edge {
    fill: none;
    stroke: var(--rnswd-network-map-edge-color, var(--_rnswd-muted-color));
    stroke-width: 1.2;
  }
  .edges .edge {
    stroke-opacity: 0.7;
  }
  .e-research {
    stroke-dasharray: 6 3;
  }
  .e-funding {
    stroke-dasharray: 1 3;
    stroke-linecap: round;
    stroke-width: 1.8;
  }
  .e-care-chain {
    stroke-dasharray: 10 3 2 3;
  }
  .e-education {
    stroke-dasharray: 3 2;
  }
  .e-working-group {
    stroke-width: 2.5;
  }
  .e-other {
    stroke-dasharray: 1 2;
  }
  .edges .hl {
    stroke: var(--_rnswd-accent-color);
    stroke-width: 2;
    stroke-opacity: 1;
  }
  .edges.dim .edge:not(.hl) {
    stroke-opacity: 0.12;
  }
  .tiles,
  .regions,
  .edges,
  .labels,
  .ring {
    pointer-events: none;
  }
  /* An outline in the text colour: every shape stands out at 3:1 on any background, whatever its fill. */
  .node {
    cursor: pointer;
    stroke: color-mix(in srgb, var(--_rnswd-color) 60%, transparent);
    stroke-width: 1;
    outline: none;
  }
  .node.near {
    stroke: var(--_rnswd-color);
    stroke-width: 2;
  }
  .node[aria-current='true'] {
    stroke: var(--_rnswd-color);
    stroke-width: 4;
  }
  .cluster circle {
    fill: var(--rnswd-network-map-cluster-color, var(--_rnswd-color));
  }
  .cluster text {
    fill: var(--_rnswd-background-color);
    stroke: none;
    font: 700 12px sans-serif;
    text-anchor: middle;
  }
  .ring {
    display: none;
    fill: none;
    stroke: var(--_rnswd-focus-outline-color);
    stroke-width: 3;
  }
  .ring.on {
    display: inline;
  }
  .labels {
    font: 600 12px var(--_rnswd-font-family);
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
  section {
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    padding: calc(var(--_rnswd-space) * 0.75);
    background: var(--_rnswd-surface-color);
  }
  .head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  small {
    display: block;
    color: var(--_rnswd-muted-color);
  }
  .button--link {
    min-block-size: 1.75rem;
    padding-inline: 0;
    text-align: start;
  }
  [aria-current='true'] {
    font-weight: 700;
  }
  .help {
    margin: 0;
  }
  [part='table'] {
    overflow-x: auto;
  }
  /* Fixed layout: thousands of rows are laid out without measuring every cell. */
  table {
    table-layout: fixed;
    border-collapse: collapse;
    inline-size: 100%;
    min-inline-size: 32rem;
    margin-block-end: var(--_rnswd-space);
    overflow-wrap: normal;
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

  @media (forced-colors: active) {
    .node,
    .edge,
    .regions path {
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
