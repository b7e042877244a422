import '../../i18n/zh-cn-pages/guidance'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { BlockNode, InlineNode } from '../../domain/guidance/markdown-tree'
import { t } from '../../i18n/translate'

/**
 * An article's body from its safe node tree, with Taro components only: every string is a Text child, never
 * markup, so nothing in content can become a script, an image or an event handler. A link cannot leave a
 * mini-program without a business domain, so tapping one copies its (http/https only) address.
 */
function Inline({ nodes }: { nodes: readonly InlineNode[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return <Text key={index}>{node.text}</Text>
          case 'strong':
            return (
              <Text key={index} className='md-strong'>
                <Inline nodes={node.children} />
              </Text>
            )
          case 'em':
            return (
              <Text key={index} className='md-em'>
                <Inline nodes={node.children} />
              </Text>
            )
          case 'link':
            return (
              <Text
                key={index}
                className='md-link'
                data-testid='md-link'
                onClick={() => void Taro.setClipboardData({ data: node.href }).then(() => Taro.showToast({ title: t('guidance.article.linkCopied'), icon: 'none' }))}
              >
                <Inline nodes={node.children} />
              </Text>
            )
        }
      })}
    </>
  )
}

function Blocks({ nodes }: { nodes: readonly BlockNode[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'paragraph':
            return (
              <View key={index} className='md-p'>
                <Inline nodes={node.children} />
              </View>
            )
          case 'heading':
            return (
              <View key={index} className={`md-h md-h${node.level}`}>
                <Inline nodes={node.children} />
              </View>
            )
          case 'list':
            return (
              <View key={index} className='md-list'>
                {node.items.map((item, itemIndex) => (
                  <View key={itemIndex} className='md-li'>
                    <Text className='md-li__mark'>{node.ordered ? `${itemIndex + 1}.` : '•'}</Text>
                    <View className='md-li__body'>
                      <Blocks nodes={item} />
                    </View>
                  </View>
                ))}
              </View>
            )
          case 'blockquote':
            return (
              <View key={index} className='md-quote'>
                <Blocks nodes={node.children} />
              </View>
            )
          case 'hr':
            return <View key={index} className='md-hr' />
        }
      })}
    </>
  )
}

export function ArticleBody({ nodes }: { nodes: readonly BlockNode[] }) {
  return (
    <View className='article-body' data-testid='article-body'>
      <Blocks nodes={nodes} />
    </View>
  )
}
