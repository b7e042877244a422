import { en } from './en'
import { addCatalogue } from './translate'
import { ug } from './ug'

/**
 * Every catalogue, at once: for the server, which answers people in all three languages, and for the tests.
 * The app imports this nowhere; it loads one catalogue when its reader needs it (load-catalogue.ts).
 */
addCatalogue('en', en)
addCatalogue('ug', ug)
