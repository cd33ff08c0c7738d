// The wizard's step cards, loaded with the engine (use-engine.ts) and rendered as plain
// components. They were next/dynamic (React.lazy) components: the first render of a card
// suspended, and React kept the card just answered on screen, and clickable, for about 300 ms
// after the step had moved on; a second click (or a test reading the card) then acted on a
// step already left behind.
export { CheckCard } from "./check-card";
export { ContentCheckCard } from "./content-check-card";
export { QuestionCard } from "./question-card";
