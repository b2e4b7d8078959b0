// Placeholder: the fault-injecting test endpoint is added with the delivery work.
export function testEndpointPlugin() {
  return { name: 'rnswd-test-endpoint' };
}
