import { describe, expect, it, jest } from '@jest/globals'
import { en } from '../../src/i18n/en'
import { addCatalogue, loadCataloguesWith, t } from '../../src/i18n/translator'
import { ug } from '../../src/i18n/ug'
import { zhCN } from '../../src/i18n/catalogue'

/*
 * A cloud function's bundle loads the translator core with the Chinese catalogue only and has English and
 * Uyghur evaluated the first time a message is wanted in them (cloud-catalogues.ts). What a reader notices:
 * the message in their language, from the first one on.
 */
describe('catalogues loaded on first use', () => {
  it('reads Chinese for a locale not loaded, and the locale once its loader gives it, loading it once', () => {
    expect(t('errors.INTERNAL', {}, 'en')).toBe(zhCN.errors.INTERNAL)
    const asked: string[] = []
    loadCataloguesWith((locale) => {
      asked.push(locale)
      return locale === 'en' ? en : null
    })
    expect(t('errors.INTERNAL', {}, 'en')).toBe(en.errors.INTERNAL)
    expect(t('errors.INTERNAL', {}, 'ug')).toBe(zhCN.errors.INTERNAL)
    addCatalogue('ug', ug)
    expect(t('errors.INTERNAL', {}, 'ug')).toBe(ug.errors.INTERNAL)
    expect(asked.filter((l) => l === 'en')).toEqual(['en'])
  })

  it('the cloud functions loader gives English and Uyghur to a translator that has only Chinese', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('../../src/i18n/translator')
      expect(fresh.t('errors.INTERNAL', {}, 'en')).toBe(zhCN.errors.INTERNAL)
      await import('../../src/cloud/functions/cloud-catalogues')
      expect(fresh.t('errors.INTERNAL', {}, 'en')).toBe(en.errors.INTERNAL)
      expect(fresh.t('validation.wholeInput', {}, 'ug')).toBe(ug.validation.wholeInput)
    })
  })
})
