import { emptyInputSchema } from '../shared/empty-input-schema'
import { policyGuideSchema } from '../policy/policy-guide-schema'
import { action, PUBLIC, rolesOnly, SIGNED_IN } from '../shared/action-spec'
import {
  articleMarksSchema,
  articleRefInputSchema,
  articleViewSchema,
  bookmarksOutputSchema,
  listArticlesInputSchema,
  listArticlesOutputSchema,
  listClassesInputSchema,
  listClassesOutputSchema,
  nearbyNursingRoomsInputSchema,
  nearbyNursingRoomsOutputSchema,
  policyGuideInputSchema,
  setBookmarkInputSchema,
  thisMonthInputSchema,
  thisMonthOutputSchema
} from './guidance-schema'

/**
 * 科学育儿指导: the article library by age and domain, a child's "this month", classes and consultations
 * (sessions of the bookings engine), the regional policy guide and nursing rooms.
 */
export const guidanceContract = {
  articles: action({
    summary: 'Search the guidance library by keyword, age in months (pregnancy below zero) and domain',
    input: listArticlesInputSchema,
    output: listArticlesOutputSchema,
    access: PUBLIC
  }),
  article: action({
    summary: 'One article: its sources, review date and body as a safe node tree (never HTML)',
    input: articleRefInputSchema,
    output: articleViewSchema,
    access: PUBLIC
  }),
  markRead: action({
    summary: 'Record that I have read an article',
    input: articleRefInputSchema,
    output: articleMarksSchema,
    access: SIGNED_IN
  }),
  setBookmark: action({
    summary: 'Bookmark an article, or remove the bookmark',
    input: setBookmarkInputSchema,
    output: articleMarksSchema,
    access: SIGNED_IN
  }),
  bookmarks: action({
    summary: 'The articles I have bookmarked, newest first',
    input: emptyInputSchema,
    output: bookmarksOutputSchema,
    access: SIGNED_IN
  }),
  thisMonth: action({
    summary: "My child's month: milestones to watch for, the warning signs to see 儿保 about, articles and classes for the age",
    input: thisMonthInputSchema,
    output: thisMonthOutputSchema,
    access: rolesOnly('parent')
  }),
  classes: action({
    summary: 'Upcoming classes and consultations in a region (家长课堂, 亲子活动, 孕妇学校, 育儿咨询 …), by date',
    input: listClassesInputSchema,
    output: listClassesOutputSchema,
    access: PUBLIC
  }),
  policyGuide: action({
    summary: "What a region's plan and national rules give families (leave, 育儿补贴, local measures), each line with its source",
    input: policyGuideInputSchema,
    output: policyGuideSchema,
    access: PUBLIC
  }),
  nursingRooms: action({
    summary: 'Nursing rooms (母婴室 / 爱心妈咪小屋) in a region, nearest first when a position is given',
    input: nearbyNursingRoomsInputSchema,
    output: nearbyNursingRoomsOutputSchema,
    access: PUBLIC
  })
}
