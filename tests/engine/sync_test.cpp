// sync/*.h: oneshot, mpsc, Mutex, Notify and Semaphore, including which
// operation performs each wake.
#include <optional>

#include "counting_future.h"

namespace ps::testing {
namespace {

using Handle = BoxFuture<Result<Unit, JoinError>>;

// The wakes of the run as "woken<-waker:origin".
Lines wake_list(const Trace& t) {
  static const char* origins[] = {"direct", "self", "task", "timer", "channel", "thread", "join", "notify", "yield"};
  Lines out;
  for (const Event& e : events_of(t, EventKind::Wake))
    out.push_back(std::to_string(e.task) + "<-" + std::to_string(e.c) + ":" + origins[e.b]);
  return out;
}

// --- oneshot -----------------------------------------------------------------

TEST(sync_oneshot, send_wakes_the_receiver_from_inside_send) {
  Runtime rt;
  std::optional<Result<int, oneshot::RecvError>> got;
  rt.start(poll_fn<Unit>([&, pc = 0, rx = BoxFuture<Result<int, oneshot::RecvError>>(),
                          v = std::optional<Result<int, oneshot::RecvError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto [tx, r] = oneshot::channel<int>();
        rt.spawn(poll_fn<Unit>([&rt, tx = std::make_shared<oneshot::Sender<int>>(std::move(tx)), pc = 0,
                                y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
                   switch (pc) {
                     case 0:
                       y = boxed(yield_now());
                       AWAIT(y, 1);
                       rt.output("before send");
                       EXPECT_TRUE(tx->send(7).is_ok());
                       rt.output("after send");
                   }
                   return Ready(Unit{});
                 }),
                 "sender");
        rx = boxed(std::move(r));
      }
        AWAIT_OUT(rx, 1, v);
        got = std::move(v);
        rt.output("received");
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got && got->is_ok());
  EXPECT_EQ(got->value(), 7);
  const Trace& t = rt.trace();
  long before = index_of_output(t, "before send"), after = index_of_output(t, "after send");
  long wake = index_of(
      t, [](const Event& e) { return e.kind == EventKind::Wake && e.b == static_cast<uint32_t>(WakeOrigin::Channel); });
  ASSERT_GE(before, 0);
  EXPECT_LT(before, wake);
  EXPECT_LT(wake, after);
  EXPECT_LT(after, index_of_output(t, "received"));
  EXPECT_EQ(wake_list(t), (Lines{"1<-0:yield", "0<-1:channel"}));
}

TEST(sync_oneshot, a_dropped_sender_gives_the_receiver_an_error) {
  Runtime rt;
  std::optional<Result<int, oneshot::RecvError>> got;
  rt.start(poll_fn<Unit>([&, pc = 0, rx = BoxFuture<Result<int, oneshot::RecvError>>(),
                          v = std::optional<Result<int, oneshot::RecvError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto [tx, r] = oneshot::channel<int>();
        rt.spawn(
            poll_fn<Unit>([tx = std::make_shared<oneshot::Sender<int>>(std::move(tx))](Context&) mutable -> Poll<Unit> {
              tx.reset();
              return Ready(Unit{});
            }));
        rx = boxed(std::move(r));
      }
        AWAIT_OUT(rx, 1, v);
        got = std::move(v);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got);
  EXPECT_TRUE(got->is_err());
  EXPECT_EQ(wake_list(rt.trace()), (Lines{"0<-1:channel"}));
}

TEST(sync_oneshot, send_after_the_receiver_is_dropped_gives_the_value_back) {
  auto [tx, rx] = oneshot::channel<std::string>();
  EXPECT_FALSE(tx.is_closed());
  { oneshot::Receiver<std::string> gone(std::move(rx)); }
  EXPECT_TRUE(tx.is_closed());
  auto r = tx.send("letter");
  ASSERT_TRUE(r.is_err());
  EXPECT_EQ(r.error(), "letter");
}

TEST(sync_oneshot, a_value_sent_before_the_first_poll_is_ready_at_once) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto [tx, rx] = oneshot::channel<int>();
  EXPECT_TRUE(tx.send(3).is_ok());
  auto p = rx.poll(cx);
  ASSERT_TRUE(p.is_ready());
  EXPECT_EQ(p.value().value(), 3);
}

TEST(sync_oneshot, replacing_a_sender_by_assignment_closes_the_old_channel) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto [tx1, rx1] = oneshot::channel<int>();
  auto [tx2, rx2] = oneshot::channel<int>();
  tx1 = std::move(tx2);
  auto p = rx1.poll(cx);
  ASSERT_TRUE(p.is_ready());  // the first sender is gone
  EXPECT_TRUE(p.value().is_err());
  EXPECT_TRUE(tx1.send(9).is_ok());
  EXPECT_EQ(rx2.poll(cx).value().value(), 9);
}

// --- mpsc --------------------------------------------------------------------

TEST(sync_mpsc, a_bounded_channel_makes_the_third_send_wait_for_a_recv) {
  Runtime rt;
  auto log = new_log();
  rt.start(
      poll_fn<Unit>([&, pc = 0, h = Handle(), y = BoxFuture<Unit>(), rxp = std::shared_ptr<mpsc::Receiver<int>>(),
                     r = BoxFuture<std::optional<int>>(), v = std::optional<int>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0: {
            auto [tx, rx] = mpsc::channel<int>(2);
            rxp = std::make_shared<mpsc::Receiver<int>>(std::move(rx));
            h = boxed(rt.spawn(
                poll_fn<Unit>([&rt, log, tx = std::optional<mpsc::Sender<int>>(std::move(tx)), pc = 0, i = 0,
                               s = BoxFuture<Result<Unit, mpsc::SendError<int>>>()](Context& cx) mutable -> Poll<Unit> {
                  switch (pc) {
                    case 0:
                      for (i = 0; i < 3; ++i) {
                        s = boxed(tx->send(i));
                        AWAIT(s, 1);
                        log->push_back("sent " + std::to_string(i));
                        rt.output("sent " + std::to_string(i));
                      }
                      tx.reset();
                  }
                  return Ready(Unit{});
                }),
                "producer"));
            y = boxed(yield_now());
          }
            AWAIT(y, 1);
            log->push_back("main after yield");
            r = boxed(rxp->recv());
            AWAIT_OUT(r, 2, v);
            log->push_back("recv " + std::to_string(*v));
            rt.output("recv " + std::to_string(*v));
            AWAIT(h, 3);
            for (;;) {
              r = boxed(rxp->recv());
              AWAIT_OUT(r, 4, v);
              if (!v) break;
              log->push_back("recv " + std::to_string(*v));
            }
            log->push_back("closed");
        }
        return Ready(Unit{});
      }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"sent 0", "sent 1", "main after yield", "recv 0", "sent 2", "recv 1", "recv 2", "closed"}));
  // The recv wakes the blocked producer before recv returns.
  const Trace& t = rt.trace();
  long wake = index_of(t, [](const Event& e) {
    return e.kind == EventKind::Wake && e.task == 1 && e.b == static_cast<uint32_t>(WakeOrigin::Channel);
  });
  ASSERT_GE(wake, 0);
  EXPECT_LT(wake, index_of_output(t, "recv 0"));
  EXPECT_EQ(t.events()[wake].c, 0u);
  EXPECT_EQ(wake_list(t), (Lines{"0<-0:yield", "1<-0:channel", "0<-0:join"}));
}

TEST(sync_mpsc, the_channel_closes_when_every_sender_including_clones_is_gone) {
  Runtime rt;
  std::vector<std::pair<bool, uint64_t>> got;  // (had a value, task polls of main so far)
  rt.start(poll_fn<Unit>([&, pc = 0, rxp = std::shared_ptr<mpsc::Receiver<int>>(), r = BoxFuture<std::optional<int>>(),
                          v = std::optional<int>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto [tx, rx] = mpsc::channel<int>(4);
        rxp = std::make_shared<mpsc::Receiver<int>>(std::move(rx));
        mpsc::Sender<int> clone = tx;
        auto drop_after = [](mpsc::Sender<int> s, int yields) {
          return poll_fn<Unit>([s = std::optional<mpsc::Sender<int>>(std::move(s)), yields, pc = 0, i = 0,
                                y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
            switch (pc) {
              case 0:
                for (i = 0; i < yields; ++i) {
                  y = boxed(yield_now());
                  AWAIT(y, 1);
                }
                s.reset();
            }
            return Ready(Unit{});
          });
        };
        rt.spawn(drop_after(std::move(tx), 1), "first");
        rt.spawn(drop_after(std::move(clone), 3), "second");
      }
        r = boxed(rxp->recv());
        AWAIT_OUT(r, 1, v);
        got.emplace_back(v.has_value(), rt.task(0).polls);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(got, (std::vector<std::pair<bool, uint64_t>>{{false, 2}}));
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_FALSE(wakes.empty());
  // The last sender's drop, in task 2, wakes main.
  long closing = -1;
  for (size_t i = 0; i < wakes.size(); ++i)
    if (wakes[i].task == 0 && wakes[i].b == static_cast<uint32_t>(WakeOrigin::Channel)) closing = static_cast<long>(i);
  ASSERT_GE(closing, 0);
  EXPECT_EQ(wakes[closing].c, 2u);
}

TEST(sync_mpsc, only_the_first_send_into_an_empty_channel_wakes_the_receiver) {
  Runtime rt;
  auto [tx, rx] = mpsc::unbounded_channel<int>();
  std::vector<int> got;
  rt.start(poll_fn<Unit>([&, rx = std::move(rx), pc = 0, r = BoxFuture<std::optional<int>>(),
                          v = std::optional<int>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        for (;;) {
          r = boxed(rx.recv());
          AWAIT_OUT(r, 1, v);
          if (!v) break;
          got.push_back(*v);
        }
    }
    return Ready(Unit{});
  }));
  rt.advance(2);  // main's first poll: the channel is empty, the waker is registered
  ASSERT_EQ(rt.task(0).polls, 1u);
  EXPECT_TRUE(tx.send_now(1).is_ok());
  EXPECT_TRUE(tx.send_now(2).is_ok());
  EXPECT_TRUE(tx.send_now(3).is_ok());
  EXPECT_EQ(count_of(rt.trace(), EventKind::Wake), 1u);
  rt.advance(2);
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
  { mpsc::Sender<int> gone = std::move(tx); }
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(wake_list(rt.trace()), (Lines{"0<-0:channel", "0<-0:channel"}));
}

TEST(sync_mpsc, send_now_on_an_unbounded_channel_never_waits_and_fails_once_closed) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto [tx, rx] = mpsc::unbounded_channel<std::string>();
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(tx.send_now(std::to_string(i)).is_ok());
  for (int i = 0; i < 100; ++i) {
    auto r = rx.recv();
    auto p = r.poll(cx);
    ASSERT_TRUE(p.is_ready());
    ASSERT_EQ(p.value(), std::optional<std::string>(std::to_string(i)));
  }
  EXPECT_FALSE(tx.is_closed());
  { mpsc::Receiver<std::string> gone(std::move(rx)); }
  EXPECT_TRUE(tx.is_closed());
  auto r = tx.send_now("late");
  ASSERT_TRUE(r.is_err());
  EXPECT_EQ(r.error().value, "late");
}

TEST(sync_mpsc, send_now_on_a_full_bounded_channel_fails_with_the_value) {
  auto [tx, rx] = mpsc::channel<int>(1);
  EXPECT_TRUE(tx.send_now(1).is_ok());
  auto r = tx.send_now(2);
  ASSERT_TRUE(r.is_err());
  EXPECT_EQ(r.error().value, 2);
}

TEST(sync_mpsc, a_blocked_send_fails_with_its_value_when_the_receiver_goes) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto [tx, rx] = mpsc::channel<int>(1);
  EXPECT_TRUE(tx.send_now(1).is_ok());
  auto s = tx.send(2);
  EXPECT_TRUE(s.poll(cx).is_pending());
  { mpsc::Receiver<int> gone(std::move(rx)); }
  auto p = s.poll(cx);
  ASSERT_TRUE(p.is_ready());
  ASSERT_TRUE(p.value().is_err());
  EXPECT_EQ(p.value().error().value, 2);
}

TEST(sync_mpsc, replacing_a_sender_by_assignment_releases_the_old_one) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto [tx1, rx1] = mpsc::unbounded_channel<int>();
  auto [tx2, rx2] = mpsc::unbounded_channel<int>();
  tx1 = std::move(tx2);
  auto r = rx1.recv();
  auto p = r.poll(cx);
  ASSERT_TRUE(p.is_ready());  // channel 1 has no sender left
  EXPECT_FALSE(p.value().has_value());
  EXPECT_TRUE(tx1.send_now(5).is_ok());
  auto r2 = rx2.recv();
  EXPECT_EQ(r2.poll(cx).value(), std::optional<int>(5));
}

// --- Mutex -------------------------------------------------------------------

TEST(sync_mutex, waiters_get_the_lock_in_fifo_order_and_release_hands_it_over) {
  Runtime rt;
  auto log = new_log();
  Mutex<std::vector<std::string>> m({});
  std::vector<bool> locked_at_handover;
  rt.start(poll_fn<Unit>([&, pc = 0, i = 0, l = BoxFuture<Mutex<std::vector<std::string>>::Guard>(),
                          g = std::optional<Mutex<std::vector<std::string>>::Guard>(), y = BoxFuture<Unit>(),
                          hs = std::vector<Handle>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        l = boxed(m.lock());
        {
          auto p = l->poll(cx);
          EXPECT_TRUE(p.is_ready());
          g.emplace(p.take());
        }
        for (int k = 1; k <= 3; ++k) {
          std::string name = "T" + std::to_string(k);
          hs.push_back(
              boxed(rt.spawn(poll_fn<Unit>([&, name, pc = 0, l = BoxFuture<Mutex<std::vector<std::string>>::Guard>(),
                                            gd = std::optional<Mutex<std::vector<std::string>>::Guard>()](
                                               Context& cx) mutable -> Poll<Unit> {
                               switch (pc) {
                                 case 0:
                                   log->push_back(name + " waits");
                                   l = boxed(m.lock());
                                   pc = 1;
                                   [[fallthrough]];
                                 case 1: {
                                   auto p = l->poll(cx);
                                   if (p.is_pending()) return Pending;
                                   gd.emplace(p.take());
                                 }
                                   (*gd)->push_back(name);
                                   log->push_back(name + " locked");
                                   gd.reset();
                                   locked_at_handover.push_back(m.is_locked());
                               }
                               return Ready(Unit{});
                             }),
                             name)));
        }
        y = boxed(yield_now());
        AWAIT(y, 1);
        EXPECT_TRUE(m.is_locked());
        log->push_back("main unlocks");
        g.reset();
        for (i = 0; i < 3; ++i) {
          AWAIT(hs[i], 2);
        }
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"T1 waits", "T2 waits", "T3 waits", "main unlocks", "T1 locked", "T2 locked", "T3 locked"}));
  EXPECT_EQ(locked_at_handover, (std::vector<bool>{true, true, false}));
  EXPECT_FALSE(m.is_locked());
  // Each release wakes the next waiter from inside the releasing poll.
  Lines lock_wakes;
  for (const std::string& w : wake_list(rt.trace()))
    if (w.find(":channel") != std::string::npos) lock_wakes.push_back(w);
  EXPECT_EQ(lock_wakes, (Lines{"1<-0:channel", "2<-1:channel", "3<-2:channel"}));
}

TEST(sync_mutex, a_lock_handed_to_an_aborted_waiter_goes_back_to_the_mutex) {
  Runtime rt;
  Mutex<int> m(0);
  std::vector<bool> lock_ready;
  rt.start(poll_fn<Unit>([&, pc = 0, g = std::optional<Mutex<int>::Guard>(), y = BoxFuture<Unit>(),
                          h = std::shared_ptr<JoinHandle<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto p = m.lock().poll(cx);
        g.emplace(p.take());
        h = std::make_shared<JoinHandle<Unit>>(
            rt.spawn(poll_fn<Unit>([&, l = std::optional<Mutex<int>::Lock>()](Context& cx) mutable -> Poll<Unit> {
                       if (!l) l.emplace(m.lock());
                       auto p = l->poll(cx);
                       if (p.is_pending()) return Pending;
                       return Ready(Unit{});
                     }),
                     "waiter"));
        y = boxed(yield_now());
      }
        AWAIT(y, 1);
        g.reset();   // hands the lock to the waiter and schedules it
        h->abort();  // the waiter is dropped before it runs again
        y = boxed(yield_now());
        AWAIT(y, 2);
        {
          auto l = m.lock();
          lock_ready.push_back(l.poll(cx).is_ready());
        }
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(rt.task(1).state, TaskState::Cancelled);
  EXPECT_EQ(lock_ready, (std::vector<bool>{true}));
  EXPECT_FALSE(m.is_locked());
}

// --- Notify ------------------------------------------------------------------

TEST(sync_notify, notify_one_before_notified_stores_one_permit) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  Notify n;
  n.notify_one();
  n.notify_one();  // permits do not add up
  auto a = n.notified();
  auto b = n.notified();
  EXPECT_TRUE(a.poll(cx).is_ready());
  EXPECT_TRUE(b.poll(cx).is_pending());
  n.notify_one();
  EXPECT_TRUE(b.poll(cx).is_ready());
}

TEST(sync_notify, notify_one_wakes_the_first_waiter_and_notify_waiters_wakes_all) {
  Runtime rt;
  auto log = new_log();
  Notify n;
  rt.start(poll_fn<Unit>(
      [&, pc = 0, i = 0, y = BoxFuture<Unit>(), hs = std::vector<Handle>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            for (int k = 1; k <= 3; ++k) {
              std::string name = "W" + std::to_string(k);
              hs.push_back(boxed(rt.spawn(
                  poll_fn<Unit>([&, name, f = std::optional<Notify::Notified>()](Context& cx) mutable -> Poll<Unit> {
                    if (!f) f.emplace(n.notified());
                    if (f->poll(cx).is_pending()) return Pending;
                    log->push_back(name + " notified");
                    return Ready(Unit{});
                  }),
                  name)));
            }
            y = boxed(yield_now());
            AWAIT(y, 1);
            n.notify_one();
            y = boxed(yield_now());
            AWAIT(y, 2);
            log->push_back("main: notify_waiters");
            n.notify_waiters();
            for (i = 0; i < 3; ++i) {
              AWAIT(hs[i], 3);
            }
            {
              // notify_waiters stored no permit.
              auto late = n.notified();
              EXPECT_TRUE(late.poll(cx).is_pending());
            }
        }
        return Ready(Unit{});
      }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  // notify_waiters wakes its batch newest first, as Tokio's WakeList does.
  EXPECT_EQ(*log, (Lines{"W1 notified", "main: notify_waiters", "W3 notified", "W2 notified"}));
  Lines notify_wakes;
  for (const std::string& w : wake_list(rt.trace()))
    if (w.find(":notify") != std::string::npos) notify_wakes.push_back(w);
  EXPECT_EQ(notify_wakes, (Lines{"1<-0:notify", "3<-0:notify", "2<-0:notify"}));
}

TEST(sync_notify, a_dropped_waiter_leaves_the_queue) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  Notify n;
  auto b = n.notified();
  {
    auto a = n.notified();
    EXPECT_TRUE(a.poll(cx).is_pending());
    EXPECT_TRUE(b.poll(cx).is_pending());
  }
  n.notify_one();
  EXPECT_TRUE(b.poll(cx).is_ready());
}

TEST(sync_notify, a_notification_received_but_not_observed_passes_to_the_next_waiter) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  Notify n;
  auto b = n.notified();
  {
    auto a = n.notified();
    EXPECT_TRUE(a.poll(cx).is_pending());
    EXPECT_TRUE(b.poll(cx).is_pending());
    n.notify_one();  // goes to a, which is dropped before it sees it
  }
  EXPECT_TRUE(b.poll(cx).is_ready());
}

// --- Semaphore ---------------------------------------------------------------

TEST(sync_semaphore, permits_go_to_waiters_in_fifo_order) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto sem = std::make_shared<Semaphore>(2);
  auto a = acquire(sem, 2);
  auto pa = a.poll(cx);
  ASSERT_TRUE(pa.is_ready());
  EXPECT_EQ(sem->available_permits(), 0u);
  auto b = acquire(sem, 1), c = acquire(sem, 2), d = acquire(sem, 1);
  EXPECT_TRUE(b.poll(cx).is_pending());
  EXPECT_TRUE(c.poll(cx).is_pending());
  EXPECT_TRUE(d.poll(cx).is_pending());
  EXPECT_FALSE(sem->try_acquire(1));
  pa.value().reset();  // releases 2: b gets 1, c gets 1 of its 2, d waits behind c
  EXPECT_EQ(sem->available_permits(), 0u);
  auto pb = b.poll(cx);
  EXPECT_TRUE(pb.is_ready());
  EXPECT_TRUE(c.poll(cx).is_pending());
  EXPECT_TRUE(d.poll(cx).is_pending());
  pb.value().reset();  // c completes; d still waits
  auto pc = c.poll(cx);
  EXPECT_TRUE(pc.is_ready());
  EXPECT_TRUE(d.poll(cx).is_pending());
  pc.value().reset();
  auto pd = d.poll(cx);
  EXPECT_TRUE(pd.is_ready());
  EXPECT_EQ(sem->available_permits(), 1u);
  pd.value().reset();
  EXPECT_EQ(sem->available_permits(), 2u);
}

TEST(sync_semaphore, cancelling_a_queued_acquire_lets_the_next_waiter_through) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto sem = std::make_shared<Semaphore>(1);
  auto a = acquire(sem);
  auto pa = a.poll(cx);
  ASSERT_TRUE(pa.is_ready());
  auto c = acquire(sem);
  {
    auto b = acquire(sem);
    EXPECT_TRUE(b.poll(cx).is_pending());
    EXPECT_TRUE(c.poll(cx).is_pending());
  }
  pa.value().reset();
  EXPECT_TRUE(c.poll(cx).is_ready());
}

TEST(sync_semaphore, a_partly_assigned_acquire_gives_its_permits_back_when_cancelled) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto sem = std::make_shared<Semaphore>(1);
  auto a = acquire(sem, 1);
  auto pa = a.poll(cx);
  auto c = acquire(sem, 1);
  {
    auto b = acquire(sem, 2);
    EXPECT_TRUE(b.poll(cx).is_pending());
    EXPECT_TRUE(c.poll(cx).is_pending());
    pa.value().reset();  // b holds 1 of 2
    EXPECT_TRUE(c.poll(cx).is_pending());
  }
  EXPECT_TRUE(c.poll(cx).is_ready());
}

TEST(sync_semaphore, an_assigned_acquire_dropped_before_its_poll_gives_the_permits_back) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto sem = std::make_shared<Semaphore>(1);
  auto a = acquire(sem);
  auto pa = a.poll(cx);
  {
    auto b = acquire(sem);
    EXPECT_TRUE(b.poll(cx).is_pending());
    pa.value().reset();  // b is assigned the permit and woken, but never polled
    EXPECT_EQ(sem->available_permits(), 0u);
  }
  EXPECT_EQ(sem->available_permits(), 1u);
}

TEST(sync_semaphore, release_wakes_the_waiter_from_inside_the_release) {
  Runtime rt;
  auto sem = std::make_shared<Semaphore>(0);
  rt.start(poll_fn<Unit>([&, pc = 0, h = Handle(), y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(poll_fn<Unit>([&, a = std::optional<Acquire>()](Context& cx) mutable -> Poll<Unit> {
          if (!a) a.emplace(acquire(sem));
          auto p = a->poll(cx);
          if (p.is_pending()) return Pending;
          p.value()->forget();
          return Ready(Unit{});
        })));
        y = boxed(yield_now());
        AWAIT(y, 1);
        rt.output("releasing");
        sem->release(1);
        rt.output("released");
        AWAIT(h, 2);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  const Trace& t = rt.trace();
  long wake = index_of(t, [](const Event& e) { return e.kind == EventKind::Wake && e.task == 1; });
  EXPECT_LT(index_of_output(t, "releasing"), wake);
  EXPECT_LT(wake, index_of_output(t, "released"));
  EXPECT_EQ(sem->available_permits(), 0u);
}

TEST(sync_semaphore, closing_fails_waiting_and_later_acquires) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto sem = std::make_shared<Semaphore>(0);
  auto a = acquire(sem);
  EXPECT_TRUE(a.poll(cx).is_pending());
  sem->close();
  EXPECT_TRUE(sem->is_closed());
  auto p = a.poll(cx);
  ASSERT_TRUE(p.is_ready());
  EXPECT_FALSE(p.value().has_value());
  auto b = acquire(sem);
  auto q = b.poll(cx);
  ASSERT_TRUE(q.is_ready());
  EXPECT_FALSE(q.value().has_value());
}

}  // namespace
}  // namespace ps::testing
