import { MEETING_TYPES, type Article, type MeetingType } from '../../content.config.ts';

/** The meeting types some article has, in `MEETING_TYPES` order, with how many articles each. */
export function typeCounts(articles: readonly Pick<Article, 'meetingType'>[]): { type: MeetingType; count: number }[] {
  return MEETING_TYPES.map((type) => ({ type, count: articles.filter((a) => a.meetingType === type).length })).filter((t) => t.count > 0);
}
