import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { articleFrontMatterSchema, articleTranslationFrontMatterSchema, type Article, type ArticleTranslation } from './article-schema'

/** A content file that does not make a valid article; the message names the file and what is wrong. */
export class ArticleFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'ArticleFormatError'
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/

/** The front matter (parsed with `schema`) and the body of a `<slug>.md` content file. */
function parseContentFile<T extends { slug: string }>(fileName: string, text: string, schema: z.ZodType<T>): T & { body: string } {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''))
  if (!match) throw new ArticleFormatError(fileName, 'no front matter between --- lines')
  let raw: unknown
  try {
    raw = parseYaml(match[1] ?? '')
  } catch (error) {
    throw new ArticleFormatError(fileName, `front matter is not YAML (${(error as Error).message})`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ArticleFormatError(fileName, problems.join('; '))
  }
  const front = parsed.data
  if (fileName.replace(/^.*\//, '') !== `${front.slug}.md`) {
    throw new ArticleFormatError(fileName, `slug "${front.slug}" does not match the file name`)
  }
  const body = (match[2] ?? '').trim()
  if (body.length === 0) throw new ArticleFormatError(fileName, 'the body is empty')
  return { ...front, body }
}

/**
 * Splits `---`-fenced YAML front matter from the Markdown body and validates both. Takes the file's text
 * (the domain reads no files) and its name, which must be `<slug>.md`.
 */
export function parseArticle(fileName: string, text: string): Article {
  return parseContentFile(fileName, text, articleFrontMatterSchema)
}

/** A translation of an article: its slug, title and summary in front matter, then the translated body. */
export function parseArticleTranslation(fileName: string, text: string): ArticleTranslation {
  return parseContentFile(fileName, text, articleTranslationFrontMatterSchema)
}
