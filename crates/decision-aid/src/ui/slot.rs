//! A value of the aid's state. The aid runs on the page's one thread and
//! each event is handled to the end before the next, so a `RefCell` whose
//! borrows never outlive a call is enough.

use std::cell::RefCell;

pub struct Slot<T>(RefCell<T>);

impl<T> Slot<T> {
    pub fn new(value: T) -> Self {
        Self(RefCell::new(value))
    }

    pub fn set(&self, value: T) {
        *self.0.borrow_mut() = value;
    }

    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        read(&self.0.borrow())
    }

    pub fn update<R>(&self, change: impl FnOnce(&mut T) -> R) -> R {
        change(&mut self.0.borrow_mut())
    }
}

impl<T: Clone> Slot<T> {
    pub fn get(&self) -> T {
        self.0.borrow().clone()
    }
}
