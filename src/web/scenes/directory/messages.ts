/** Words of the units, people and leaders page. */
import { defineMessages } from '../../i18n/define.ts';

export const directoryMessages = defineMessages(
  {
    'nav.directory': '单位与领导',
    'directory.title': '单位、责任人与分管领导',
    'directory.intro': '事项只能选用这里已有的名称；改名后所有事项同时更新。',
    'directory.units': '责任单位',
    'directory.leaders': '分管市领导',
    'directory.unit': '单位名称',
    'directory.people': '责任人',
    'directory.leader': '姓名',
    'directory.addUnit': '添加单位',
    'directory.addLeader': '添加领导',
    'directory.addPerson': '添加责任人',
    'directory.addPersonTo': '为{unit}添加责任人',
    'directory.rename': '改名',
    'directory.renameOf': '修改“{name}”',
    'directory.name': '名称',
  },
  {
    'nav.directory': 'Units and leaders',
    'directory.title': 'Units, people responsible and leaders',
    'directory.intro': 'Items choose from these names only; a rename shows on every item at once.',
    'directory.units': 'Units',
    'directory.leaders': 'Leaders',
    'directory.unit': 'Unit',
    'directory.people': 'People responsible',
    'directory.leader': 'Name',
    'directory.addUnit': 'Add a unit',
    'directory.addLeader': 'Add a leader',
    'directory.addPerson': 'Add a person',
    'directory.addPersonTo': 'Add a person to {unit}',
    'directory.rename': 'Rename',
    'directory.renameOf': 'Rename "{name}"',
    'directory.name': 'Name',
  },
);
