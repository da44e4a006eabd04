// Blanket impls, impls for built-in types, associated constants and static trait calls.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> String {
        format!("{}{}", self, self)
    }
}

trait Animal {
    const LEGS: u32;
    const NAME: &'static str = "animal";
    fn legs(&self) -> u32 {
        Self::LEGS
    }
    fn name(&self) -> &'static str {
        Self::NAME
    }
}

struct Dog;
struct Bird;

impl Animal for Dog {
    const LEGS: u32 = 4;
    const NAME: &'static str = "dog";
}

impl Animal for Bird {
    const LEGS: u32 = 2;
}

fn main() {
    println!("{} {} {}", 5.describe(), "hi".describe(), 2.5.describe());
    println!("{} {}", 21.double(), String::from("ab").double());
    println!("{} {} {} {}", Dog.legs(), Dog.name(), Bird.legs(), Bird.name());
    println!("{} {}", Dog::LEGS, Bird::NAME);
    println!("{}", Animal::legs(&Dog) + Animal::legs(&Bird));
    println!("{}", Double::double(&7));
}
