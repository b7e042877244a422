import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, jest } from '@jest/globals'
import { PageShell } from '../../src/components/layout/page-shell'
import { FieldNote } from '../../src/components/shared/field-note'
import { OptionSheet } from '../../src/components/shared/option-sheet'
import { ReadAloud } from '../../src/components/shared/read-aloud'
import { ErrorState } from '../../src/components/shared/state-views'
import { startAnnouncer } from '../../src/services/announcer'
import { taroFake } from './support/taro'

// What a blind parent on H5 relies on: toasts and errors are read out, a new page starts at its title, and a
// sheet keeps the keyboard inside it until Escape closes it.

const OPTIONS = [
  { value: 'zhuji', label: '诸暨市', testId: 'region-option-zhuji' },
  { value: 'qingdao', label: '青岛市', testId: 'region-option-qingdao' }
]

describe('sheets', () => {
  it('take focus when opened, keep Tab inside, close on Escape and give focus back', async () => {
    const user = userEvent.setup()
    const onClose = jest.fn()
    const opener = document.createElement('button')
    document.body.appendChild(opener)
    opener.focus()
    const { unmount } = render(<OptionSheet title='选择城市' testId='region-sheet' options={OPTIONS} selected='zhuji' onSelect={() => undefined} onClose={onClose} />)

    const dialog = screen.getByRole('dialog', { name: '选择城市' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    const close = screen.getByRole('button', { name: '关闭' })
    expect(close).toHaveFocus()
    expect(screen.getByRole('button', { name: /诸暨市/ })).toHaveAttribute('aria-pressed', 'true')

    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: '青岛市' })).toHaveFocus()
    // Past the last row, Tab comes back to the top of the sheet, never to the page behind it.
    await user.tab()
    expect(close).toHaveFocus()
    await user.tab({ shift: true })
    expect(screen.getByRole('button', { name: '青岛市' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledTimes(1)
    unmount()
    expect(opener).toHaveFocus()
    opener.remove()
  })

  it('choose a row with Enter, as a tap would', async () => {
    const user = userEvent.setup()
    const onSelect = jest.fn()
    render(<OptionSheet title='选择城市' testId='region-sheet' options={OPTIONS} selected={null} onSelect={onSelect} onClose={() => undefined} />)
    screen.getByRole('button', { name: '青岛市' }).focus()
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith('qingdao')
  })
})

describe('announcements', () => {
  it('repeat each toast in a polite live region, the same message again when shown again', async () => {
    const region = startAnnouncer(document)
    expect(region).toHaveAttribute('aria-live', 'polite')
    // Taro's H5 toast: a div appended to the body, hidden with display:none and reused for the next toast.
    const toast = document.createElement('div')
    toast.className = 'taro__toast'
    toast.textContent = '已收藏'
    document.body.appendChild(toast)
    await waitFor(() => expect(region).toHaveTextContent('已收藏'))
    toast.style.display = 'none'
    await waitFor(() => expect(region).toHaveTextContent(''))
    toast.style.display = 'block'
    await waitFor(() => expect(region).toHaveTextContent('已收藏'))
    toast.remove()
    region.remove()
  })

  it('make a failed page and a refused field speak up at once', () => {
    render(
      <>
        <ErrorState title='加载失败' message='网络不通，请稍后再试。' onRetry={() => undefined} />
        <FieldNote error='请填写11位手机号' testId='phone' />
      </>
    )
    const alerts = screen.getAllByRole('alert')
    expect(alerts.map((a) => a.textContent)).toEqual([expect.stringContaining('网络不通'), '请填写11位手机号'])
  })
})

describe('a new page', () => {
  it('starts at its title: a level-one heading that takes focus each time the page shows', async () => {
    taroFake.setRoutePath('/pages/me/index')
    render(
      <PageShell>
        <button type='button'>退出登录</button>
      </PageShell>
    )
    const heading = await screen.findByRole('heading', { level: 1, name: '我的' })
    await waitFor(() => expect(heading).toHaveFocus())
    screen.getByRole('button', { name: '退出登录' }).focus()
    // Back from another page: the title is read again.
    act(() => taroFake.show())
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '我的' })).toHaveFocus())
  })
})

describe('read aloud', () => {
  it('is hidden where the browser cannot speak', () => {
    render(<ReadAloud text='会独坐' locale='zh-CN' />)
    expect(screen.queryByRole('button', { name: '朗读' })).toBeNull()
  })

  it('reads the text in the chosen voice, and a second tap stops it', async () => {
    const spoken: { text: string; lang: string }[] = []
    const cancel = jest.fn()
    class Utterance {
      lang = ''
      rate = 1
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(public text: string) {}
    }
    Object.assign(window, { speechSynthesis: { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }), cancel }, SpeechSynthesisUtterance: Utterance })
    try {
      const user = userEvent.setup()
      render(<ReadAloud text={'会独坐\n会用拇指和食指捏起小东西'} locale='zh-CN' />)
      await user.click(screen.getByRole('button', { name: '朗读' }))
      expect(spoken).toEqual([{ text: '会独坐\n会用拇指和食指捏起小东西', lang: 'zh-CN' }])
      await user.click(screen.getByRole('button', { name: '停止朗读' }))
      expect(spoken).toHaveLength(1)
      expect(screen.getByRole('button', { name: '朗读' })).toBeInTheDocument()
    } finally {
      Reflect.deleteProperty(window, 'speechSynthesis')
      Reflect.deleteProperty(window, 'SpeechSynthesisUtterance')
    }
  })
})
