import { View, Text } from '@tarojs/components'

export default function FinderPage() {
  return <View><Text>托育通</Text></View>
}
