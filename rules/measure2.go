package rules

// 二、设立"科技突围"专项资金
//
//	重点在稀土新材料及应用、永磁电机、新型储能、智能制造、人工智能等产业领域……安排部署一批重大
//	科技任务……以"科技突围"专项项目形式给予资助，单个项目给予最高 1000 万元支持。

// Breakthrough is 科技突围专项项目.
const Breakthrough ItemID = "m2.breakthrough"

var measure2 = ProjectCall{
	Ceiling: yuan("二", 10000000, "单个项目给予最高 1000 万元支持"),
	Fields:  BreakthroughFields[:len(BreakthroughFields)-1],
}

// breakthroughTexts: 二 arranges tasks and looks for teams (找团队); it names no open
// competition (Reading 14).
var breakthroughTexts = projectTexts{chosen: arrangedByDepartment, outside: outsideBreakthrough}

// assessBreakthrough names no organisation type: 二 does not say who may take a task.
func assessBreakthrough(c *check, a *Answers) {
	project(c, a, Breakthrough, a.Breakthrough, c.ed.M2.Fields, c.ed.M2.Ceiling, breakthroughTexts, nil)
}
