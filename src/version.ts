/** Version of the API, reported by `health` and the User-Agent. Keep in step with package.json. */
export const API_VERSION = '0.1.0';
