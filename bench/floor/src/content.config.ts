import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';

/** The same Markdown files the archive builds, without a schema. */
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/articles' }) }) };
