// Imported first by every extension entry: zod validates without compiling code from strings (store policy, MV3 CSP).
import { z } from 'zod';

z.config({ jitless: true });
