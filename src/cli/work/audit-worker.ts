// Worker thread body: runs audit tasks posted by the main thread, one at a time, and posts each reply back.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './audit-tasks';

parentPort?.on('message', (msg: { id: number; task: Task }) => {
  void runTask(msg.task).then((reply) => parentPort?.postMessage({ id: msg.id, ...reply }));
});
