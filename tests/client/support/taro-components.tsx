/**
 * Stand-ins for Taro's host components in jsdom: each renders the DOM element a browser user would meet and
 * passes through what tests and users rely on (test ids, data attributes, class, style, clicks, text input).
 * Taro-only presentation props (hoverClass, catchMove, scrollY…) are dropped, as a browser would ignore them.
 */
import { createElement, forwardRef, useEffect, type ChangeEvent, type ReactNode, type Ref } from 'react'
import { pageRendered } from './taro'

type AnyProps = Record<string, unknown> & { children?: ReactNode }

const PASS_THROUGH = new Set(['id', 'className', 'style', 'hidden', 'role', 'title', 'tabIndex'])

function domProps(props: AnyProps): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (PASS_THROUGH.has(key) || key.startsWith('data-') || key.startsWith('aria-')) out[key] = value
  }
  if (typeof props.onClick === 'function') out.onClick = props.onClick
  if (typeof props.onKeyDown === 'function') out.onKeyDown = props.onKeyDown
  return out
}

function host(tag: string, displayName: string) {
  const Component = forwardRef((props: AnyProps, ref: Ref<HTMLElement>) => {
    useEffect(pageRendered, [])
    return createElement(tag, { ...domProps(props), ref }, props.children)
  })
  Component.displayName = displayName
  return Component
}

export const View = host('div', 'View')
export const Text = host('span', 'Text')
export const ScrollView = host('div', 'ScrollView')
export const Canvas = host('canvas', 'Canvas')
export const Label = host('label', 'Label')
export const RichText = host('div', 'RichText')
export const Swiper = host('div', 'Swiper')
export const SwiperItem = host('div', 'SwiperItem')
export const Block = ({ children }: { children?: ReactNode }) => <>{children}</>

export const Button = forwardRef((props: AnyProps, ref: Ref<HTMLButtonElement>) => (
  <button type='button' disabled={Boolean(props.disabled)} {...domProps(props)} ref={ref}>
    {props.children}
  </button>
))
Button.displayName = 'Button'

export const Image = (props: AnyProps) => <img alt='' src={String(props.src ?? '')} {...domProps(props)} />

export const Navigator = (props: AnyProps) => (
  <a href={String(props.url ?? '')} {...domProps(props)}>
    {props.children}
  </a>
)

type InputHandler = (event: { detail: { value: string } }) => void

export const Input = (props: AnyProps) => (
  <input
    {...domProps(props)}
    type={props.type === 'number' || props.type === 'digit' ? 'number' : 'text'}
    value={props.value as string | undefined}
    placeholder={props.placeholder as string | undefined}
    maxLength={typeof props.maxlength === 'number' ? props.maxlength : undefined}
    disabled={Boolean(props.disabled)}
    onChange={(e: ChangeEvent<HTMLInputElement>) => (props.onInput as InputHandler | undefined)?.({ detail: { value: e.target.value } })}
    onBlur={(e) => (props.onBlur as InputHandler | undefined)?.({ detail: { value: e.target.value } })}
  />
)

export const Textarea = (props: AnyProps) => (
  <textarea
    {...domProps(props)}
    value={props.value as string | undefined}
    placeholder={props.placeholder as string | undefined}
    maxLength={typeof props.maxlength === 'number' ? props.maxlength : undefined}
    onChange={(e: ChangeEvent<HTMLTextAreaElement>) => (props.onInput as InputHandler | undefined)?.({ detail: { value: e.target.value } })}
  />
)

type CheckedHandler = (event: { detail: { value: boolean } }) => void

export const Switch = (props: AnyProps) => (
  <input
    {...domProps(props)}
    type='checkbox'
    role='switch'
    checked={Boolean(props.checked)}
    disabled={Boolean(props.disabled)}
    onChange={(e: ChangeEvent<HTMLInputElement>) => (props.onChange as CheckedHandler | undefined)?.({ detail: { value: e.target.checked } })}
  />
)

export const Checkbox = (props: AnyProps) => (
  <input {...domProps(props)} type='checkbox' value={String(props.value ?? '')} defaultChecked={Boolean(props.checked)} disabled={Boolean(props.disabled)} />
)

/** Reports the checked values of the checkboxes inside it, as weapp's checkbox-group does. */
export const CheckboxGroup = (props: AnyProps) => (
  <div
    {...domProps(props)}
    onChange={(e) => {
      const group = e.currentTarget as HTMLElement
      const value = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')).map((i) => i.value)
      ;(props.onChange as ((event: { detail: { value: string[] } }) => void) | undefined)?.({ detail: { value } })
    }}
  >
    {props.children}
  </div>
)

/** A selector picker as a native select; reports the chosen index like Taro's Picker. */
export const Picker = (props: AnyProps) => {
  const range = (props.range as unknown[] | undefined) ?? []
  const key = props.rangeKey as string | undefined
  const label = (item: unknown) => String(key && typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : item)
  return (
    <label {...domProps(props)}>
      {props.children}
      <select
        value={String(props.value ?? 0)}
        onChange={(e) => (props.onChange as ((event: { detail: { value: number } }) => void) | undefined)?.({ detail: { value: Number(e.target.value) } })}
      >
        {range.map((item, index) => (
          <option key={index} value={index}>
            {label(item)}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A map is a box listing its markers, so a test can see what would be pinned. */
export const Map = (props: AnyProps) => {
  const markers = (props.markers as { id?: number; title?: string }[] | undefined) ?? []
  return (
    <div {...domProps(props)} data-map='true'>
      {markers.map((m, index) => (
        <button
          key={m.id ?? index}
          type='button'
          data-marker-id={m.id}
          onClick={() => (props.onMarkerTap as ((event: { detail: { markerId: number | undefined } }) => void) | undefined)?.({ detail: { markerId: m.id } })}
        >
          {m.title}
        </button>
      ))}
    </div>
  )
}
