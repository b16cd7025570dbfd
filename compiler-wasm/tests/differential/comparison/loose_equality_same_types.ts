console.log(1 == 1, 1 == 1.0, 0 == -0, (0 / 0) == (0 / 0), 1 != 2, 1 != 1);
console.log("a" == "a", "a" == "A", "" == "", "a" != "b", "1" != "01");
console.log(true == true, true == false, false != false);
