import { useEffect, useState } from 'react'
import { languageTag, type Locale } from '../../i18n/locales'
import { t } from '../../i18n/translate'
import { ActionButton } from './action-button'

/**
 * Whether this phone can read text aloud. H5: the browser's speech synthesis. weapp: WeChat's speech comes as
 * a plugin (同声传译) that the service must apply for and configure; none is configured, so the button hides
 * there rather than offer what cannot work (see the README).
 */
function canReadAloud(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function'
}

/**
 * 朗读: reads `text` aloud in `locale`'s voice, for a grandparent who reads with difficulty; a second tap stops.
 * Leaving the page stops it too. Hidden where the phone cannot speak.
 */
export function ReadAloud({ text, locale, testId = 'read-aloud' }: { text: string; locale: Locale; testId?: string }) {
  const [speaking, setSpeaking] = useState(false)
  useEffect(
    () => () => {
      if (canReadAloud()) window.speechSynthesis.cancel()
    },
    []
  )
  if (!canReadAloud() || !text.trim()) return null
  const toggle = () => {
    const synth = window.speechSynthesis
    synth.cancel()
    if (speaking) {
      setSpeaking(false)
      return
    }
    const utterance = new window.SpeechSynthesisUtterance(text)
    utterance.lang = languageTag(locale)
    // Slower than the default: the reader is often an older relative.
    utterance.rate = 0.9
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => setSpeaking(false)
    setSpeaking(true)
    synth.speak(utterance)
  }
  return <ActionButton label={speaking ? t('common.readAloudStop') : t('common.readAloud')} variant='secondary' onClick={toggle} testId={testId} />
}
