import { useContext } from 'react';
import { MeContext, type MeApi } from './me-context';

export function useMe(): MeApi {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe must be used inside <MeProvider>');
  return me;
}
