import { describe, expect, it } from '@jest/globals'
import { classFitsAge } from '../../src/domain/guidance/class-fit-rules'

describe('which classes suit a family', () => {
  it('offers 孕妇学校 and talks during pregnancy, but not a parent-child activity or a class for an age band', () => {
    expect(classFitsAge('prenatal_school', null, -4)).toBe(true)
    expect(classFitsAge('health_talk', null, -4)).toBe(true)
    expect(classFitsAge('parent_child_activity', null, -4)).toBe(false)
    expect(classFitsAge('parent_class', 'toddler', -4)).toBe(false)
  })

  it('keeps 孕妇学校 from parents of a born child, and holds a banded session to its band', () => {
    expect(classFitsAge('prenatal_school', null, 14)).toBe(false)
    expect(classFitsAge('parent_child_activity', null, 14)).toBe(true)
    expect(classFitsAge('parent_child_activity', 'toddler', 14)).toBe(true)
    expect(classFitsAge('parent_child_activity', 'mixed', 14)).toBe(false)
    expect(classFitsAge('parent_child_activity', 'mixed', 18)).toBe(true)
    expect(classFitsAge('parent_class', 'infant', 5)).toBe(false)
  })
})
