// Stories and previews: the public API of `src/story/`.
export type { JsonValue, Sentence, SentenceSources, Story } from './story.js';
export { storySentences } from './story.js';
export type { StoryCompetitionStatus, StoryFixture, StoryInput, StoryNextRound, StoryTable, StoryTie } from './story-input.js';
export { writeStory } from './write-story.js';
export { loadEditionStoryInputs, loadStoryInput, type LoadStoryOptions } from './load-story-input.js';
export { renderStory, STORY_FORMATS, type StoryFormat } from './render.js';
export { renderText } from './render-text.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml } from './render-html.js';
export { renderJson, storyJson } from './render-json.js';
export { writePreview, type PreviewInput } from './preview.js';
export { loadPreviewInput } from './load-preview-input.js';
export { withinReach, type WithinReach, type ReachCandidates } from './within-reach.js';
export { groupOutlook, tieOutlook, type GroupOutlook, type TieOutlook } from './preview-outlook.js';
export { PHRASES, LITERAL_WORDS, type PhraseKind } from './phrases.js';
